import { type Caller } from '@marsoc/schema';
import { type DisclosureGrantInput } from '../DisclosureGrantRecord';
import { validateGrantInput } from '../validateGrantInput';
import {
  HMRC_DISCLOSURE_OFFICER,
  HMRC_INVESTIGATOR,
  isTestCategoryOwnedBy,
  isTestNcndCategory,
  isTestNominalHeldBy,
  NCA_DISCLOSURE_OFFICER,
  NOW,
  POLICE_DISCLOSURE_OFFICER,
  TEST_OWNERS,
  VALID_HMRC_GRANT,
} from './fixtures';

function validate(
  changes: Partial<DisclosureGrantInput>,
  caller: Caller = HMRC_DISCLOSURE_OFFICER,
) {
  return validateGrantInput(
    { ...VALID_HMRC_GRANT, ...changes },
    {
      caller,
      owners: TEST_OWNERS,
      isCategoryOwnedBy: isTestCategoryOwnedBy,
      isNcndCategory: isTestNcndCategory,
      nominalExists: isTestNominalHeldBy,
      now: NOW,
    },
  );
}

function fieldsOf(problems: ReturnType<typeof validate>): string[] {
  return problems.map((problem) => problem.field);
}

describe('validateGrantInput (case-specific disclosures, seed 000 E629)', () => {
  it('accepts an HMRC disclosure officer granting TAX to the police under CRCA 2005 s.18(2)(d)', () => {
    expect(validate({})).toEqual([]);
  });

  it('accepts an NCA disclosure officer granting under Crime and Courts Act 2013 s.7(4)', () => {
    const problems = validate(
      {
        owner: 'NCA',
        category: 'NCA_INTEREST',
        legalBasis: 'Crime and Courts Act 2013 s.7(4) (permitted purpose)',
      },
      NCA_DISCLOSURE_OFFICER,
    );
    expect(problems).toEqual([]);
  });

  it('refuses a caller without the DISCLOSURE_OFFICER role, and says nothing else', () => {
    const problems = validate({ nominalId: 'NOM-99999' }, HMRC_INVESTIGATOR);
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'CALLER', field: 'caller' }),
    ]);
    expect(problems[0]?.message).toMatch(/DISCLOSURE_OFFICER/);
  });

  it("refuses a disclosure officer granting another owner's data", () => {
    const problems = validate({}, NCA_DISCLOSURE_OFFICER);
    expect(problems).toEqual([expect.objectContaining({ kind: 'CALLER' })]);
    expect(problems[0]?.message).toBe(
      "A disclosure officer of NCA may record or revoke grants over NCA data only, not HMRC's.",
    );
  });

  it('refuses a disclosure officer of an agency whose data the service does not hold', () => {
    const problems = validate({ owner: 'POLICE' }, POLICE_DISCLOSURE_OFFICER);
    expect(problems).toEqual([expect.objectContaining({ kind: 'CALLER' })]);
  });

  it.each([
    ['owner', 'an agency this service does not hold', { owner: 'POLICE' }],
    [
      'nominalId',
      'a nominal HMRC holds nothing on',
      { nominalId: 'NOM-00002' },
    ],
    ['nominalId', 'not a nominal id', { nominalId: 'someone' }],
    ['category', 'a category HMRC does not own', { category: 'NCA_INTEREST' }],
    [
      'category',
      'the grants category itself',
      { category: 'DISCLOSURE_GRANTS' },
    ],
    ['category', 'not a category id', { category: 'tax' }],
    ['recipient', 'the owner itself', { recipient: 'HMRC' }],
    ['recipient', 'not an agency', { recipient: 'MI5' }],
    ['purpose', 'performance reporting', { purpose: 'PERFORMANCE_REPORTING' }],
    ['purpose', 'audit', { purpose: 'AUDIT' }],
    ['purpose', 'not a purpose', { purpose: 'CURIOSITY' }],
    ['legalBasis', 'missing', { legalBasis: undefined }],
    ['legalBasis', 'blank', { legalBasis: '   ' }],
    [
      'legalBasis',
      'CRCA 2005 s.18 without a s.18(2) paragraph',
      { legalBasis: 'CRCA 2005 s.18' },
    ],
    [
      'legalBasis',
      'a s.18(2) paragraph that does not exist',
      { legalBasis: 'CRCA 2005 s.18(2)(i)' },
    ],
    [
      'legalBasis',
      'over 300 characters',
      { legalBasis: `CRCA 2005 s.18(2)(d) ${'x'.repeat(300)}` },
    ],
    [
      'legalBasis',
      'a bidi override',
      { legalBasis: 'CRCA 2005 s.18(2)(d)\u202e' },
    ],
    ['expiresAt', 'in the past', { expiresAt: '2026-03-01T09:00:00Z' }],
    ['expiresAt', 'now', { expiresAt: NOW }],
    ['expiresAt', 'over a year ahead', { expiresAt: '2027-03-02T09:00:01Z' }],
    [
      'expiresAt',
      'a day that does not exist',
      { expiresAt: '2026-02-30T12:00:00Z' },
    ],
    [
      'expiresAt',
      'a date without a time and zone',
      { expiresAt: '2026-06-30' },
    ],
    ['expiresAt', 'missing', { expiresAt: undefined }],
    ['category', 'an NCND category', { category: 'NCA_COVERT_INTEREST' }],
    ['regions', 'an unknown region', { regions: ['ATLANTIS'] }],
    ['regions', 'a region in lower case', { regions: ['north_west'] }],
    ['regions', 'an empty list', { regions: [] }],
    ['regions', 'not a list', { regions: 'NORTH_WEST' }],
    [
      'regions',
      'more entries than there are regions',
      { regions: Array(11).fill('WALES') },
    ],
    ['units', 'an empty list', { units: [] }],
    ['units', 'a blank unit', { units: ['  '] }],
    ['units', 'a unit over 100 characters', { units: ['U'.repeat(101)] }],
    ['units', 'a unit that is not text', { units: [42] }],
    [
      'units',
      'over 20 units',
      { units: Array.from({ length: 21 }, (_, i) => `U${i}`) },
    ],
  ])('refuses a bad %s (%s) and nothing else', (field, _label, changes) => {
    const problems = validate(changes as Partial<DisclosureGrantInput>);
    expect(fieldsOf(problems)).toEqual([field]);
    expect(problems[0]?.kind).toBe('INPUT');
  });

  it('refuses an NCND category even to its own owner, saying why in terms of the register', () => {
    const problems = validate(
      {
        owner: 'NCA',
        category: 'NCA_COVERT_INTEREST',
        legalBasis: 'Crime and Courts Act 2013 s.7(4)',
      },
      NCA_DISCLOSURE_OFFICER,
    );
    expect(problems).toEqual([
      {
        kind: 'INPUT',
        field: 'category',
        message:
          'category NCA_COVERT_INTEREST is neither confirm nor deny (NCND) in the register, so it is never disclosed by a grant.',
      },
    ]);
  });

  it('accepts a scope of known regions and units, and no scope at all', () => {
    expect(
      validate({ regions: ['NORTH_WEST', 'WALES'], units: ['NWROCU'] }),
    ).toEqual([]);
    expect(validate({ regions: null, units: null })).toEqual([]);
  });

  it('asks for regions from a disclosure officer who holds none to default to', () => {
    const regionless = { ...HMRC_DISCLOSURE_OFFICER, regions: [] };
    expect(fieldsOf(validate({}, regionless))).toEqual(['regions']);
    expect(validate({ regions: ['LONDON'] }, regionless)).toEqual([]);
  });

  it('names the category HMRC does not own and the register it checked', () => {
    const [problem] = validate({ category: 'NCA_INTEREST' });
    expect(problem?.message).toBe(
      'category NCA_INTEREST is not owned by HMRC in the register (categories.yaml), so HMRC cannot grant it.',
    );
  });

  it('asks an HMRC grant for the CRCA 2005 s.18(2) paragraph it rests on', () => {
    const [problem] = validate({ legalBasis: 'public interest' });
    expect(problem?.message).toMatch(
      /CRCA 2005 s\.18\(2\) paragraph, \(a\) to \(h\)/,
    );
  });

  it.each(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])(
    'accepts CRCA 2005 s.18(2)(%s), written either way',
    (paragraph) => {
      expect(
        validate({ legalBasis: `CRCA 2005 s.18(2)(${paragraph})` }),
      ).toEqual([]);
      expect(
        validate({
          legalBasis: `Commissioners for Revenue and Customs Act 2005, section 18(2)(${paragraph})`,
        }),
      ).toEqual([]);
    },
  );

  it.each([
    'CRCA 2005 s.20 (public interest, authorised by the Commissioners)',
    'ATCSA 2001 s.19 (criminal investigation)',
    'Anti-terrorism, Crime and Security Act 2001, section 19',
  ])('accepts the HMRC gateways outside s.18(2): %s', (legalBasis) => {
    expect(validate({ legalBasis })).toEqual([]);
  });

  it.each(['CRCA 2005 s.200', 'ATCSA 2001 s.1'])(
    'refuses a section that is no HMRC gateway: %s',
    (legalBasis) => {
      expect(fieldsOf(validate({ legalBasis }))).toEqual(['legalBasis']);
    },
  );

  it('accepts FULL and SUMMARY (a partial disclosure) as a level, and nothing else', () => {
    expect(validate({ level: 'FULL' })).toEqual([]);
    expect(validate({ level: 'SUMMARY' })).toEqual([]);
    expect(fieldsOf(validate({ level: 'EXISTENCE' }))).toEqual(['level']);
  });

  it('refuses an NCA grant that cites no statute and section', () => {
    const problems = validate(
      {
        owner: 'NCA',
        category: 'NCA_INTEREST',
        legalBasis: 'operational need',
      },
      NCA_DISCLOSURE_OFFICER,
    );
    expect(fieldsOf(problems)).toEqual(['legalBasis']);
  });

  it('accepts an expiry exactly a year ahead, in any zone', () => {
    expect(validate({ expiresAt: '2027-03-02T09:00:00Z' })).toEqual([]);
    expect(validate({ expiresAt: '2026-09-01T10:00:00+01:00' })).toEqual([]);
  });

  it('lists every problem at once, in field order', () => {
    const problems = validate({
      nominalId: 'NOM-00002',
      category: 'NCA_INTEREST',
      recipient: 'HMRC',
      purpose: 'AUDIT',
      legalBasis: '',
      expiresAt: '2020-01-01T00:00:00Z',
    });
    expect(fieldsOf(problems)).toEqual([
      'nominalId',
      'category',
      'recipient',
      'purpose',
      'legalBasis',
      'expiresAt',
    ]);
  });

  it('never repeats free text back, only short codes', () => {
    const secret = 'Operation Notreal informant details';
    const problems = validate({
      nominalId: secret,
      category: secret,
      recipient: secret,
      purpose: secret,
      legalBasis: secret,
      expiresAt: secret,
    });
    expect(problems.length).toBe(6);
    expect(JSON.stringify(problems)).not.toContain('Notreal');
  });
});
