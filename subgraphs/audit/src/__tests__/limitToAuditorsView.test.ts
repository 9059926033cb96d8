import { type Access, type AuditDisclosure } from '@marsoc/platform';
import { limitToAuditorsView } from '../resolvers/limitToAuditorsView';

type Entry = Pick<AuditDisclosure, 'owner' | 'category'> &
  Partial<Pick<AuditDisclosure, 'released' | 'held' | 'withheld'>>;

function access(
  service: string,
  outcome: Access['outcome'],
  entries: Entry[],
): Access {
  return {
    time: '2026-03-02T09:00:00.000Z',
    requestId: `request-${service}`,
    service,
    actor: {
      sub: 'analyst',
      agency: 'POLICE',
      unit: 'NWROCU',
      roles: ['ANALYST'],
      vetting: 'NPPV3',
    },
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    justification: 'Subject profile for the tasking meeting',
    processing: service === 'gateway' ? 'COMBINATION' : 'DISCLOSURE',
    outcome,
    shown: entries.map((entry) => {
      const released = entry.released ?? [];
      const held = entry.held ?? [];
      const withheld = entry.withheld ?? [];
      return {
        nominalId: 'NOM-00002',
        owner: entry.owner,
        category: entry.category,
        released,
        summarised: [],
        held,
        withheld,
        counts: {
          released: released.length,
          summarised: 0,
          held: held.length,
          withheld: withheld.length,
        },
        rules: [],
      };
    }),
  };
}

const POLICE_IDENTITY: Entry = {
  owner: 'POLICE',
  category: 'IDENTITY',
  released: ['PoliceIdentity.name'],
};
const HMRC_TAX: Entry = {
  owner: 'HMRC',
  category: 'TAX',
  held: ['HmrcRecord.investigations'],
};

/** An auditor who may read police entries only. */
const policeOnly = (owner: string) => owner === 'POLICE';

describe('what an auditor may read of the accesses', () => {
  it("cuts the gateway's combination record to the entries the auditor may read", () => {
    const gateway = access('gateway', 'SUCCESS', [POLICE_IDENTITY, HMRC_TAX]);
    expect(limitToAuditorsView([gateway], policeOnly)).toEqual([
      { ...gateway, shown: [gateway.shown[0]] },
    ]);
  });

  it('drops a record left with no visible entry, the gateway record as much as an owner record', () => {
    const hidden = [
      access('gateway', 'PARTIAL', [HMRC_TAX]),
      access('ncahmrc', 'PARTIAL', [HMRC_TAX]),
    ];
    expect(limitToAuditorsView(hidden, policeOnly)).toEqual([]);
  });

  it('drops a record with no entries at all', () => {
    expect(
      limitToAuditorsView([access('gateway', 'SUCCESS', [])], () => true),
    ).toEqual([]);
  });

  it('shows the same outcome whether or not a hidden refusal made the record PARTIAL', () => {
    const withHidden = access('gateway', 'PARTIAL', [
      POLICE_IDENTITY,
      HMRC_TAX,
    ]);
    const without = access('gateway', 'SUCCESS', [POLICE_IDENTITY]);
    const [seenWith] = limitToAuditorsView([withHidden], policeOnly);
    const [seenWithout] = limitToAuditorsView([without], policeOnly);
    expect(seenWith?.outcome).toBe('SUCCESS');
    expect(seenWith).toEqual(seenWithout);
  });

  it('keeps the order of the accesses it shows', () => {
    const first = { ...access('gateway', 'SUCCESS', [POLICE_IDENTITY]) };
    const second = { ...first, requestId: 'later' };
    const hidden = access('ncahmrc', 'SUCCESS', [HMRC_TAX]);
    expect(
      limitToAuditorsView([second, hidden, first], policeOnly).map(
        (item) => item.requestId,
      ),
    ).toEqual(['later', 'request-gateway']);
  });
});

describe("what an auditor may read of another auditor's consultation", () => {
  it('shows the root field asked, never the row fields that tell whether that auditor found anything', () => {
    const consulted = access('audit', 'SUCCESS', [
      {
        owner: 'MARSOC',
        category: 'AUDIT_LOG',
        released: ['Query.accessesTo', 'AuditAccess.time', 'AuditActor.sub'],
      },
    ]);
    const empty = access('audit', 'SUCCESS', [
      {
        owner: 'MARSOC',
        category: 'AUDIT_LOG',
        released: ['Query.accessesTo'],
      },
    ]);
    const everything = () => true;
    const [seen] = limitToAuditorsView([consulted], everything);
    expect(seen?.shown[0]?.released).toEqual(['Query.accessesTo']);
    expect(seen?.shown[0]?.counts.released).toBe(1);
    expect(seen).toEqual(limitToAuditorsView([empty], everything)[0]);
  });
});
