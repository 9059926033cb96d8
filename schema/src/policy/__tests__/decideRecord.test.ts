import { type RecordMarking } from '../../vocabulary';
import { type DisclosureGrant, type FieldMarking } from '../types';
import { ENGINE, makeCaller, makeMarking, makePurpose } from './personas';

const NOW = '2026-03-01T12:00:00Z';
const policeAnalyst = makeCaller('POLICE');
const prisonIntel = makeCaller('HMPPS', { roles: ['INTELLIGENCE_OFFICER'] });
const taxMarking = makeMarking('HMRC', 'TAX');

function makeGrant(overrides: Partial<DisclosureGrant> = {}): DisclosureGrant {
  return {
    id: 'g-1',
    owner: 'HMRC',
    nominalId: 'N-1',
    category: 'TAX',
    recipient: 'POLICE',
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    legalBasis: 'CRCA 2005 s.18(2)(d)',
    grantedBy: 'hmrc-disclosure-officer',
    grantedAt: '2026-02-01T00:00:00Z',
    expiresAt: '2026-04-01T00:00:00Z',
    ...overrides,
  };
}

function decideRecordFor(
  caller: ReturnType<typeof makeCaller>,
  marking: FieldMarking,
  extra: {
    record?: RecordMarking;
    grants?: DisclosureGrant[];
    purpose?: 'INTELLIGENCE_DEVELOPMENT' | 'STAFF_SAFETY';
  } = {},
) {
  const table = ENGINE.precompute(caller, makePurpose(extra.purpose), [
    marking,
  ]);
  return table.record({
    field: table.field(0),
    marking,
    record: extra.record,
    grants: extra.grants,
    now: NOW,
  });
}

describe('case-specific disclosures ("Dare to Share", E629)', () => {
  it('raises a grantable HMRC tax field to FULL for the named recipient and purpose', () => {
    const decision = decideRecordFor(policeAnalyst, taxMarking, {
      grants: [makeGrant()],
    });
    expect(decision).toMatchObject({
      level: 'FULL',
      reason: 'CASE_SPECIFIC_DISCLOSURE',
    });
    expect(decision.rules).toEqual(['grant:g-1']);
  });

  it.each([
    ['expired', { expiresAt: '2026-02-28T00:00:00Z' }],
    ['revoked', { revokedAt: '2026-02-15T00:00:00Z' }],
    ['not yet granted', { grantedAt: '2026-03-02T00:00:00Z' }],
    ['for another agency', { recipient: 'HMPPS' as const }],
    ['for another purpose', { purpose: 'STAFF_SAFETY' as const }],
    ['for another category', { category: 'ASSETS' }],
    ['with an unreadable expiry', { expiresAt: 'next Tuesday' }],
  ])('does not apply a grant that is %s', (_, overrides) => {
    const decision = decideRecordFor(policeAnalyst, taxMarking, {
      grants: [makeGrant(overrides)],
    });
    expect(decision).toMatchObject({
      level: 'EXISTENCE',
      reason: 'AGREEMENT_NOT_SIGNED',
    });
  });

  it('does not let a grant open an NCND field (the covert interest is never grantable)', () => {
    const marking = makeMarking('NCA', 'NCA_COVERT_INTEREST');
    const grant = makeGrant({ owner: 'NCA', category: 'NCA_COVERT_INTEREST' });
    expect(
      decideRecordFor(policeAnalyst, marking, { grants: [grant] }).level,
    ).toBe('NCND');
  });

  describe('grants scoped to regions or units of the recipient agency', () => {
    const eastMidlandsAnalyst = {
      ...policeAnalyst,
      sub: 'police-east-midlands-test',
      unit: 'EMSOU',
      regions: ['EAST_MIDLANDS' as const],
    };
    const levelFor = (
      caller: typeof policeAnalyst,
      overrides: Partial<DisclosureGrant>,
    ) =>
      decideRecordFor(caller, taxMarking, { grants: [makeGrant(overrides)] })
        .level;

    it('reaches a caller in one of the grant regions and not one elsewhere', () => {
      const scope = { regions: ['NORTH_WEST' as const] };
      expect(levelFor(policeAnalyst, scope)).toBe('FULL');
      expect(levelFor(eastMidlandsAnalyst, scope)).toBe('EXISTENCE');
    });

    it('reaches a caller with any one of several regions', () => {
      const multiRegion = {
        ...eastMidlandsAnalyst,
        regions: ['LONDON' as const, 'EAST_MIDLANDS' as const],
      };
      const scope = { regions: ['EAST_MIDLANDS' as const] };
      expect(levelFor(multiRegion, scope)).toBe('FULL');
    });

    it('reaches only the named units, within the regions', () => {
      expect(
        levelFor(policeAnalyst, {
          regions: ['NORTH_WEST'],
          units: ['TEST-UNIT'],
        }),
      ).toBe('FULL');
      expect(
        levelFor(policeAnalyst, { regions: ['NORTH_WEST'], units: ['NWROCU'] }),
      ).toBe('EXISTENCE');
      expect(
        levelFor(eastMidlandsAnalyst, {
          regions: ['NORTH_WEST'],
          units: ['EMSOU'],
        }),
      ).toBe('EXISTENCE');
    });

    it('keeps the national reach of a grant recorded before scoping (no regions stored)', () => {
      expect(levelFor(eastMidlandsAnalyst, { regions: null })).toBe('FULL');
      expect(levelFor(eastMidlandsAnalyst, {})).toBe('FULL');
    });

    it('reaches nobody through an empty or malformed scope', () => {
      expect(levelFor(policeAnalyst, { regions: [] })).toBe('EXISTENCE');
      expect(levelFor(policeAnalyst, { units: [] })).toBe('EXISTENCE');
      const malformed = { regions: 'NORTH_WEST' } as unknown as DisclosureGrant;
      expect(levelFor(policeAnalyst, malformed)).toBe('EXISTENCE');
    });
  });

  describe('partial disclosures (a grant at SUMMARY)', () => {
    const ncaInterest = makeMarking(
      'NCA',
      'NCA_INTEREST',
      'OFFICIAL_SENSITIVE',
    );
    const ncaGrant = (overrides: Partial<DisclosureGrant>) =>
      makeGrant({ owner: 'NCA', category: 'NCA_INTEREST', ...overrides });

    it('raises an NCA field held as EXISTENCE only to SUMMARY', () => {
      const decision = decideRecordFor(policeAnalyst, ncaInterest, {
        grants: [ncaGrant({ level: 'SUMMARY' })],
      });
      expect(decision).toMatchObject({
        level: 'SUMMARY',
        reason: 'CASE_SPECIFIC_DISCLOSURE',
        rules: ['grant:g-1'],
      });
    });

    it('never summarises HMRC information: a SUMMARY grant of tax leaves it held (CRCA 2005 s.19)', () => {
      const decision = decideRecordFor(policeAnalyst, taxMarking, {
        grants: [makeGrant({ level: 'SUMMARY' })],
      });
      expect(decision.level).toBe('EXISTENCE');
    });

    it('prefers a FULL grant to a SUMMARY one, whatever their ids', () => {
      const decision = decideRecordFor(policeAnalyst, ncaInterest, {
        grants: [
          ncaGrant({ id: 'g-1', level: 'SUMMARY' }),
          ncaGrant({ id: 'g-2', level: 'FULL' }),
        ],
      });
      expect(decision.rules).toEqual(['grant:g-2']);
      expect(decision.level).toBe('FULL');
    });

    it('applies a grant with an unreadable level to nobody', () => {
      const decision = decideRecordFor(policeAnalyst, ncaInterest, {
        grants: [ncaGrant({ level: 'EVERYTHING' as 'FULL' })],
      });
      expect(decision.level).toBe('EXISTENCE');
    });
  });

  it('still applies the record’s classification after a grant', () => {
    const decision = decideRecordFor(
      makeCaller('POLICE', { vetting: 'NPPV2' }),
      taxMarking,
      {
        grants: [makeGrant()],
        record: { classification: 'SECRET' },
      },
    );
    expect(decision).toMatchObject({
      level: 'WITHHELD',
      reason: 'CLASSIFICATION_TOO_HIGH',
    });
  });
});

describe('record markings', () => {
  const intelligence = makeMarking(
    'POLICE',
    'INTELLIGENCE',
    'OFFICIAL_SENSITIVE',
  );

  it('hides a covert record from a caller outside its owner as if it did not exist', () => {
    const decision = decideRecordFor(prisonIntel, intelligence, {
      record: { covert: true },
    });
    expect(decision.level).toBe('NCND');
    expect(decision.route).toBeUndefined();
  });

  it('shows a covert record to its owner', () => {
    expect(
      decideRecordFor(policeAnalyst, intelligence, { record: { covert: true } })
        .level,
    ).toBe('FULL');
  });

  it('withholds police intelligence graded C with originator consent from HMPPS until consent is recorded (M51)', () => {
    const record: RecordMarking = {
      handling: 'C',
      originator: 'POLICE',
      conditions: [{ kind: 'ORIGINATOR_CONSENT_REQUIRED' }],
    };
    const withheld = decideRecordFor(prisonIntel, intelligence, { record });
    const consented = decideRecordFor(prisonIntel, intelligence, {
      record: { ...record, consentedAgencies: ['HMPPS'] },
    });
    expect(withheld).toMatchObject({
      level: 'WITHHELD',
      reason: 'ORIGINATOR_CONSENT_REQUIRED',
    });
    expect(consented).toMatchObject({ level: 'FULL', reason: 'PERMITTED' });
  });

  it('lets the originator see its own handling-C record', () => {
    const record: RecordMarking = {
      handling: 'C',
      conditions: [{ kind: 'FREE_TEXT', text: 'refer to originator' }],
    };
    expect(decideRecordFor(policeAnalyst, intelligence, { record }).level).toBe(
      'FULL',
    );
  });

  it.each([
    [
      'an agency restriction that omits the caller',
      { kind: 'RESTRICT_TO_AGENCIES', agencies: ['NCA'] },
    ],
    [
      'a condition no machine can check',
      { kind: 'FREE_TEXT', text: 'not for parole boards' },
    ],
  ] as const)(
    'withholds a handling-C record from HMPPS under %s',
    (_, condition) => {
      const record: RecordMarking = {
        handling: 'C',
        originator: 'POLICE',
        conditions: [condition],
      };
      expect(
        decideRecordFor(prisonIntel, intelligence, { record }),
      ).toMatchObject({
        level: 'WITHHELD',
        reason: 'HANDLING_CONDITION',
      });
    },
  );

  it('releases a handling-C record restricted to the caller’s agency', () => {
    const record: RecordMarking = {
      handling: 'C',
      conditions: [{ kind: 'RESTRICT_TO_AGENCIES', agencies: ['HMPPS'] }],
    };
    expect(decideRecordFor(prisonIntel, intelligence, { record }).level).toBe(
      'FULL',
    );
  });

  it('withholds a no-onward-dissemination record from anyone but its originator and owner', () => {
    const record: RecordMarking = {
      handling: 'C',
      originator: 'NCA',
      conditions: [{ kind: 'NO_ONWARD_DISSEMINATION' }],
    };
    const owner = decideRecordFor(policeAnalyst, intelligence, { record });
    const onward = decideRecordFor(prisonIntel, intelligence, { record });
    expect(owner.level).toBe('FULL');
    expect(owner.obligations).toEqual([{ kind: 'NO_ONWARD_DISSEMINATION' }]);
    expect(onward).toMatchObject({
      level: 'WITHHELD',
      reason: 'HANDLING_CONDITION',
    });
  });

  it('summarises a sanitise-source record and obliges the enforcer to sanitise it', () => {
    const record: RecordMarking = {
      handling: 'C',
      conditions: [{ kind: 'SANITISE_SOURCE' }],
    };
    const decision = decideRecordFor(prisonIntel, intelligence, { record });
    expect(decision.level).toBe('SUMMARY');
    expect(decision.obligations).toEqual([{ kind: 'SANITISE_SOURCE' }]);
  });

  it('flags rather than summarises a granted HMRC record that must be sanitised (CRCA 2005 s.19)', () => {
    const record: RecordMarking = {
      handling: 'C',
      conditions: [{ kind: 'SANITISE_SOURCE' }],
    };
    const decision = decideRecordFor(policeAnalyst, taxMarking, {
      record,
      grants: [makeGrant()],
    });
    expect(decision.level).toBe('EXISTENCE');
  });

  it('withholds handling C with no recorded condition from callers outside the originator', () => {
    const decision = decideRecordFor(prisonIntel, intelligence, {
      record: { handling: 'C' },
    });
    expect(decision).toMatchObject({
      level: 'WITHHELD',
      reason: 'HANDLING_CONDITION',
    });
  });

  it('withholds a record above the caller’s clearance', () => {
    const decision = decideRecordFor(
      makeCaller('POLICE', { vetting: 'NPPV2' }),
      intelligence,
      {
        record: { classification: 'SECRET' },
      },
    );
    expect(decision).toMatchObject({
      level: 'WITHHELD',
      reason: 'CLASSIFICATION_TOO_HIGH',
    });
  });

  // The SENSITIVE caveat is judged as a caveat on OFFICIAL: BPSS reaches the
  // OFFICIAL tier but not the caveat, which police vetting gives at NPPV2
  // (docs/classification.md#who-may-see-what).
  it('withholds an OFFICIAL_SENSITIVE record from a BPSS caller for their vetting, inside a plain OFFICIAL field', () => {
    const bpss = makeCaller('POLICE', { vetting: 'BPSS' });
    const plainIdentity = makeMarking('POLICE', 'IDENTITY', 'OFFICIAL');
    expect(decideRecordFor(bpss, plainIdentity, {})).toMatchObject({
      level: 'FULL',
    });
    expect(
      decideRecordFor(bpss, plainIdentity, {
        record: { classification: 'OFFICIAL' },
      }),
    ).toMatchObject({ level: 'FULL' });
    expect(
      decideRecordFor(bpss, plainIdentity, {
        record: { classification: 'OFFICIAL_SENSITIVE' },
      }),
    ).toMatchObject({ level: 'WITHHELD', reason: 'VETTING_TOO_LOW' });
    expect(
      decideRecordFor(
        makeCaller('POLICE', { vetting: 'NPPV2' }),
        plainIdentity,
        { record: { classification: 'OFFICIAL_SENSITIVE' } },
      ),
    ).toMatchObject({ level: 'FULL' });
  });
});
