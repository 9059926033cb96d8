import { GENESIS_HEAD, sealRecords } from '../chain';
import { findAccessesTo } from '../findAccessesTo';
import { formatAccessTable } from '../formatAccesses';
import { type AuditRecordInput } from '../types';
import { createInput } from './fixtures';

const auditor = {
  sub: 'auditor-1',
  name: 'Ann Auditor',
  agency: 'MARSOC',
  unit: 'National Team',
  roles: ['AUDITOR'],
  vetting: 'SC',
} as const;

function createRecords(inputs: AuditRecordInput[]) {
  return sealRecords(inputs, 'gateway', GENESIS_HEAD);
}

const analystLook = createInput({
  time: '2026-03-01T09:30:00.000Z',
  requestId: 'req-analyst',
});
const auditorLook = createInput({
  time: '2026-03-02T10:00:00.000Z',
  requestId: 'req-auditor',
  actor: { ...auditor, roles: [...auditor.roles] },
  purpose: 'AUDIT',
  justification: 'Quarterly lawfulness check of N-000123 consultations',
});
const otherNominal = createInput({
  requestId: 'req-other',
  nominalIds: ['N-000999'],
  disclosures: [],
});
const cohortLook = createInput({
  time: '2026-02-28T08:00:00.000Z',
  requestId: 'req-cohort',
  nominalIds: ['N-000123', 'N-000999'],
  disclosures: [
    {
      ...(analystLook
        .disclosures[0] as AuditRecordInput['disclosures'][number]),
      nominalId: 'N-000999',
    },
    {
      ...(analystLook
        .disclosures[1] as AuditRecordInput['disclosures'][number]),
    },
  ],
});

describe('findAccessesTo', () => {
  it("lists every record that touched the nominal, oldest first, without the auditor's own", () => {
    const records = createRecords([
      analystLook,
      auditorLook,
      otherNominal,
      cohortLook,
    ]);
    const accesses = findAccessesTo(records, 'N-000123', {
      excludeActorSub: 'auditor-1',
    });
    expect(accesses.map((access) => access.requestId)).toEqual([
      'req-cohort',
      'req-analyst',
    ]);
  });

  it("includes the auditor's records only when no auditor is named", () => {
    const records = createRecords([analystLook, auditorLook]);
    const accesses = findAccessesTo(records, 'N-000123', {
      excludeActorSub: null,
    });
    expect(accesses.map((access) => access.actor.sub)).toEqual([
      'police-analyst-1',
      'auditor-1',
    ]);
  });

  it('shows, per owner and category, only what was shown about this nominal', () => {
    const [access] = findAccessesTo(createRecords([cohortLook]), 'N-000123', {
      excludeActorSub: null,
    });
    expect(
      access?.shown.map((shown) => `${shown.owner} ${shown.category}`),
    ).toEqual(['HMRC TAX']);
  });

  it('narrows a disclosure grouped over a cohort to the nominal asked about', () => {
    const [identity, tax] = analystLook.disclosures as [
      AuditRecordInput['disclosures'][number],
      AuditRecordInput['disclosures'][number],
    ];
    const grouped = { ...identity, nominalIds: ['N-000999', 'N-000123'] };
    delete grouped.nominalId;
    const records = createRecords([
      createInput({
        requestId: 'req-grouped',
        nominalIds: ['N-000123', 'N-000999', 'N-000555'],
        disclosures: [grouped, { ...tax, nominalId: 'N-000555' }],
      }),
    ]);
    const [access] = findAccessesTo(records, 'N-000123', {
      excludeActorSub: null,
    });
    expect(access?.shown).toEqual([{ ...identity, nominalId: 'N-000123' }]);
    expect(
      findAccessesTo(records, 'N-000555', { excludeActorSub: null })[0]?.shown,
    ).toEqual([{ ...tax, nominalId: 'N-000555' }]);
    expect(
      findAccessesTo(records, 'N-000404', { excludeActorSub: null }),
    ).toEqual([]);
  });

  it('carries who, when, why and what for each access', () => {
    const [access] = findAccessesTo(createRecords([analystLook]), 'N-000123', {
      excludeActorSub: null,
    });
    expect(access).toMatchObject({
      time: '2026-03-01T09:30:00.000Z',
      actor: { sub: 'police-analyst-1', agency: 'POLICE', unit: 'NWROCU' },
      purpose: 'INTELLIGENCE_DEVELOPMENT',
      justification: 'Preparing the subject profile for the March cohort forum',
      service: 'gateway',
      processing: 'COMBINATION',
    });
  });
});

describe('formatAccessTable', () => {
  it('prints who, agency and unit, purpose, justification and what was shown', () => {
    const accesses = findAccessesTo(createRecords([analystLook]), 'N-000123', {
      excludeActorSub: null,
    });
    const table = formatAccessTable('N-000123', accesses);
    expect(table).toContain('Ada Analyst (police-analyst-1)');
    expect(table).toContain('POLICE / NWROCU');
    expect(table).toContain('INTELLIGENCE_DEVELOPMENT');
    expect(table).toContain(
      'justification: Preparing the subject profile for the March cohort forum',
    );
    expect(table).toContain(
      'shown: POLICE IDENTITY: released 2 (Nominal.name, Nominal.dateOfBirth)',
    );
    expect(table).toContain(
      'shown: HMRC TAX: held 1 (Nominal.taxRecords) [AGREEMENT_NOT_SIGNED]',
    );
  });

  it('says so when nobody accessed the nominal', () => {
    expect(formatAccessTable('N-000404', [])).toBe(
      'No recorded access to N-000404.\n',
    );
  });
});
