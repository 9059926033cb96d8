import { type Caller } from '../../caller';
import { type RecordMarking, type Region } from '../../vocabulary';
import { type FieldMarking } from '../types';
import { ENGINE, makeCaller, makeMarking, makePurpose } from './personas';

// marsoc-identity-cohort-to-dwp-in-region (issue 16 point 4): DWP sees a
// nominal's identity and cohort status only where the nominal was put to a
// MARSOC forum in one of the officer's own regions (seed 000 E633-E635 on
// spill-over to non-MARSOC nominals; DPA 2018 s.36-37).

const NORTH_WEST_DWP: Caller = makeCaller('DWP');
const NOW = '2026-03-02T09:00:00.000Z';

function decideFor(
  caller: Caller,
  marking: FieldMarking,
  record: RecordMarking | undefined,
  purpose = makePurpose(),
) {
  const table = ENGINE.precompute(caller, purpose, [marking]);
  return table.record({ field: table.field(0), marking, record, now: NOW });
}

const nominatedIn = (...regions: Region[]): RecordMarking => ({
  nominatedRegions: regions,
});

describe('marsoc-identity-cohort-to-dwp-in-region (seed 000 E633-E635)', () => {
  it.each(['IDENTITY', 'COHORT'])(
    'opens MARSOC %s to a North West DWP officer for a nominal nominated in the North West',
    (category) => {
      const decision = decideFor(
        NORTH_WEST_DWP,
        makeMarking('MARSOC', category),
        nominatedIn('NORTH_WEST'),
      );
      expect(decision.level).toBe('FULL');
      expect(decision.rules).toContain(
        'marsoc-identity-cohort-to-dwp-in-region',
      );
    },
  );

  it('withholds an East Midlands nominal exactly as one nominated nowhere and one with no record marking', () => {
    const marking = makeMarking('MARSOC', 'IDENTITY');
    const outOfRegion = decideFor(
      NORTH_WEST_DWP,
      marking,
      nominatedIn('EAST_MIDLANDS'),
    );
    const nowhere = decideFor(NORTH_WEST_DWP, marking, nominatedIn());
    const unmarked = decideFor(NORTH_WEST_DWP, marking, undefined);
    expect(outOfRegion.level).toBe('WITHHELD');
    expect(outOfRegion).toEqual(nowhere);
    expect(outOfRegion).toEqual(unmarked);
  });

  it('opens to an officer covering several regions when any of them matches', () => {
    const twoRegions: Caller = {
      ...NORTH_WEST_DWP,
      regions: ['EAST_MIDLANDS', 'NORTH_WEST'],
    };
    expect(
      decideFor(
        twoRegions,
        makeMarking('MARSOC', 'COHORT'),
        nominatedIn('EAST_MIDLANDS'),
      ).level,
    ).toBe('FULL');
  });

  it('opens nothing beyond identity and cohort: threats and police identity stay withheld in region', () => {
    for (const marking of [
      makeMarking('MARSOC', 'SOC_THREAT'),
      makeMarking('MARSOC', 'DISRUPTION'),
      makeMarking('POLICE', 'IDENTITY'),
      makeMarking('HMPPS', 'IDENTITY'),
    ]) {
      expect(
        decideFor(NORTH_WEST_DWP, marking, nominatedIn('NORTH_WEST')).level,
      ).toBe('WITHHELD');
    }
  });

  it('lets forbids still cap it: performance reporting gets no record even in region', () => {
    const decision = decideFor(
      NORTH_WEST_DWP,
      makeMarking('MARSOC', 'IDENTITY'),
      nominatedIn('NORTH_WEST'),
      makePurpose('PERFORMANCE_REPORTING'),
    );
    expect(decision.level).toBe('WITHHELD');
  });

  it('gives other agencies nothing from the condition', () => {
    const police = makeCaller('HMPPS', { vetting: 'BPSS' });
    const decision = decideFor(
      police,
      makeMarking('MARSOC', 'COHORT', 'SECRET'),
      nominatedIn('NORTH_WEST'),
    );
    expect(decision.level).toBe('WITHHELD');
  });
});

// nca.yaml onwardConsentOf [HMRC] (issue 16 point 1): information the NCA
// obtained from HMRC passes on only with HMRC's consent (Crime and Courts Act
// 2013 Sch 7 para 2), whatever the record's handling code.
describe('onward consent of HMRC for NCA records of HMRC origin (CCA 2013 Sch 7 para 2)', () => {
  const police = makeCaller('POLICE');
  const marking = makeMarking('NCA', 'NCA_INTEREST');
  const grant = {
    id: 'GRANT-1',
    owner: 'NCA' as const,
    nominalId: 'NOM-00001',
    category: 'NCA_INTEREST',
    recipient: 'POLICE' as const,
    purpose: 'INTELLIGENCE_DEVELOPMENT' as const,
    legalBasis: 'Crime and Courts Act 2013 s.7(4)',
    grantedBy: 'nca-disclosure-officer',
    grantedAt: '2026-03-01T09:00:00.000Z',
    expiresAt: '2026-04-01T09:00:00.000Z',
  };
  const decideWithGrant = (record: RecordMarking) => {
    const table = ENGINE.precompute(police, makePurpose(), [marking]);
    return table.record({
      field: table.field(0),
      marking,
      record,
      grants: [grant],
      now: NOW,
    });
  };

  it('withholds an HMRC-origin NCA record from the police even under an NCA grant', () => {
    const decision = decideWithGrant({ originator: 'HMRC' });
    expect(decision.level).toBe('WITHHELD');
    expect(decision.reason).toBe('ORIGINATOR_CONSENT_REQUIRED');
  });

  it('releases it under the grant once HMRC has consented to the police', () => {
    expect(
      decideWithGrant({ originator: 'HMRC', consentedAgencies: ['POLICE'] })
        .level,
    ).toBe('FULL');
  });

  it('leaves the NCA its own records and HMRC its own information', () => {
    const nca = makeCaller('NCA');
    const hmrc = makeCaller('HMRC');
    for (const caller of [nca, hmrc]) {
      const table = ENGINE.precompute(caller, makePurpose(), [marking]);
      const decision = table.record({
        field: table.field(0),
        marking,
        record: { originator: 'HMRC' },
        now: NOW,
      });
      expect(decision.reason).not.toBe('ORIGINATOR_CONSENT_REQUIRED');
    }
  });
});
