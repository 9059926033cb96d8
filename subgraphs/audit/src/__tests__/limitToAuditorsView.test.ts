import { type Access } from '@marsoc/platform';
import { limitToAuditorsView } from '../resolvers/limitToAuditorsView';

function access(service: string, owners: string[]): Access {
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
    outcome: 'SUCCESS',
    shown: owners.map((owner) => ({
      nominalId: 'NOM-00002',
      owner: owner as Access['shown'][number]['owner'],
      category: owner === 'NCA' ? 'NCA_COVERT_INTEREST' : 'IDENTITY',
      released: [],
      summarised: [],
      held: [],
      withheld: ['NcaRecord.covertInterest'],
      counts: { released: 0, summarised: 0, held: 0, withheld: 1 },
      rules: [],
    })),
  };
}

describe('what an auditor may read of the accesses', () => {
  it("keeps the gateway's combination record whole: it holds only what the caller was shown", () => {
    const gateway = access('gateway', ['POLICE', 'HMPPS']);
    expect(limitToAuditorsView([gateway], 'MARSOC')).toEqual([gateway]);
  });

  it("hides an NCA record's NCND suppression from another agency's auditor, so a covert interest cannot be inferred", () => {
    expect(limitToAuditorsView([access('ncahmrc', ['NCA'])], 'MARSOC')).toEqual(
      [],
    );
  });

  it("shows an owner's own auditor that owner's record", () => {
    const nca = access('ncahmrc', ['NCA', 'HMRC']);
    expect(limitToAuditorsView([nca], 'NCA')).toEqual([
      { ...nca, shown: [nca.shown[0]] },
    ]);
  });
});
