import { type DisclosureEntry } from '@marsoc/schema/wire';
import { parseAuditRecordInput } from '../../audit';
import { createInput } from '../../audit/__tests__/fixtures';
import { toAuditDisclosures } from '../toAuditDisclosures';

function entry(
  nominalId: string | null,
  overrides: Partial<DisclosureEntry> = {},
): DisclosureEntry {
  return {
    nominalId,
    owner: 'POLICE',
    category: 'IDENTITY',
    released: ['Nominal.name'],
    summarised: [],
    held: [],
    withheld: ['Nominal.pncId'],
    reasons: ['PURPOSE_NOT_PERMITTED'],
    rules: ['police-identity'],
    markings: ['OFFICIAL'],
    ...overrides,
  };
}

describe('toAuditDisclosures', () => {
  it('keeps a single nominal as before: nominalId, names and counts', () => {
    expect(toAuditDisclosures([entry('N-1')])).toEqual([
      {
        nominalId: 'N-1',
        owner: 'POLICE',
        category: 'IDENTITY',
        released: ['Nominal.name'],
        summarised: [],
        held: [],
        withheld: ['Nominal.pncId'],
        counts: { released: 1, summarised: 0, held: 0, withheld: 1 },
        rules: ['police-identity'],
        reasons: ['PURPOSE_NOT_PERMITTED'],
      },
    ]);
  });

  it('names the nominals disclosed alike in one disclosure, in the order they came', () => {
    const disclosures = toAuditDisclosures([
      entry('N-2'),
      entry('N-1', { category: 'CUSTODY', owner: 'HMPPS' }),
      entry('N-1'),
      entry('N-3'),
    ]);
    expect(
      disclosures.map(({ owner, category, nominalId, nominalIds }) => ({
        owner,
        category,
        nominalId,
        nominalIds,
      })),
    ).toEqual([
      {
        owner: 'POLICE',
        category: 'IDENTITY',
        nominalId: undefined,
        nominalIds: ['N-2', 'N-1', 'N-3'],
      },
      {
        owner: 'HMPPS',
        category: 'CUSTODY',
        nominalId: 'N-1',
        nominalIds: undefined,
      },
    ]);
    expect('nominalId' in (disclosures[0] ?? {})).toBe(false);
  });

  it.each<[string, Partial<DisclosureEntry>]>([
    ['its released fields', { released: [] }],
    ['its withheld fields', { withheld: [] }],
    ['its summarised fields', { summarised: ['Nominal.name'] }],
    ['its held fields', { held: ['Nominal.taxRecords'] }],
    ['its rules', { rules: ['police-identity-2'] }],
    ['its reasons', { reasons: ['AGREEMENT_NOT_SIGNED'] }],
    ['its category', { category: 'WARNINGS' }],
    ['its owner', { owner: 'NCA' }],
  ])(
    'keeps apart two nominals whose disclosures differ in %s',
    (_what, change) => {
      const disclosures = toAuditDisclosures([
        entry('N-1'),
        entry('N-2', change),
      ]);
      expect(disclosures.map((disclosure) => disclosure.nominalId)).toEqual([
        'N-1',
        'N-2',
      ]);
    },
  );

  it('keeps what belongs to no single nominal apart, one entry each', () => {
    const disclosures = toAuditDisclosures([
      entry(null),
      entry(null),
      entry('N-1'),
    ]);
    expect(disclosures.map((disclosure) => disclosure.nominalId)).toEqual([
      null,
      null,
      'N-1',
    ]);
  });

  it('names a nominal once when the same disclosure reached them twice', () => {
    const [disclosure] = toAuditDisclosures([
      entry('N-1'),
      entry('N-2'),
      entry('N-1'),
    ]);
    expect(disclosure?.nominalIds).toEqual(['N-1', 'N-2']);
  });

  it('makes records the audit accepts, grouped or not', () => {
    const disclosures = toAuditDisclosures([
      entry('N-000001'),
      entry('N-000002'),
      entry('N-000003', { released: [] }),
      entry(null),
    ]);
    expect(
      parseAuditRecordInput(
        createInput({
          nominalIds: ['N-000001', 'N-000002', 'N-000003'],
          disclosures,
        }),
      ).disclosures,
    ).toEqual(disclosures);
  });
});
