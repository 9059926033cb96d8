import {
  createPopulation,
  DEFAULT_SEED,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { CAVEAT_HANDLING, type MarkingDescription } from '@marsoc/schema';
import {
  createInProcessSupergraph,
  type GatewayResult,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';
import { callerOf, purposeOf } from './helpers/personas';

// Issue 16 point 5. OFFICIAL-SENSITIVE is OFFICIAL with the SENSITIVE handling
// caveat, not a tier above it (GSCP; docs/classification.md). Police vetting
// asks NPPV2 for police material up to OFFICIAL-SENSITIVE, while BPSS supports
// plain OFFICIAL. So a BPSS police caller, who once saw nothing
// of NOM-00001, now sees what their own force holds at plain OFFICIAL, and
// every answer carries the caveat's handling instruction for what it releases.

const POPULATION = createPopulation({ seed: DEFAULT_SEED, size: 400 });
const WELL_KNOWN = POPULATION.find(
  (nominal) => nominal.id === WELL_KNOWN_NOMINAL_ID,
);

const BY_PNC_ID = `query ByPnc($pncId: String!) {
  nominalByPncId(pncId: $pncId) {
    id
    police {
      identity { pncId forename surname dateOfBirth }
      warningMarkers { code }
      convictions { offence }
      vehicles { vrm }
      addresses { address }
      arrests { offence }
      intelligenceReports { reference classification }
      ocgAffiliations { groupName }
    }
    custody { establishment }
  }
}`;

interface Disclosure {
  marking: MarkingDescription;
  nominals: {
    nominalId: string | null;
    agencies: { owner: string; markings: string[] }[];
  }[];
}

function disclosureOf(result: GatewayResult): Disclosure {
  return result.extensions?.disclosure as Disclosure;
}

function policeOf(result: GatewayResult): Record<string, unknown> {
  const nominal = (result.data as { nominalByPncId?: Record<string, unknown> })
    .nominalByPncId;
  return (nominal?.police ?? {}) as Record<string, unknown>;
}

/** `path reason` for every withheld field, e.g. `police.arrests VETTING_TOO_LOW`. */
function withheldOf(result: GatewayResult): string[] {
  return (result.errors ?? [])
    .map(
      (error) =>
        `${(error.path ?? []).slice(1).join('.')} ${String(error.extensions?.reason)}`,
    )
    .sort();
}

function policeMarkingsOf(result: GatewayResult): string[] {
  const agencies = disclosureOf(result).nominals.flatMap(
    (nominal) => nominal.agencies,
  );
  return agencies.find((agency) => agency.owner === 'POLICE')?.markings ?? [];
}

describe('OFFICIAL-SENSITIVE as a caveat on OFFICIAL (issue 16 point 5)', () => {
  let system: InProcessSupergraph;
  const purpose = purposeOf('INTELLIGENCE_DEVELOPMENT');
  const lookUp = (persona: string) =>
    system.query(callerOf(persona), purpose, BY_PNC_ID, {
      pncId: WELL_KNOWN?.pncId,
    });

  beforeAll(async () => {
    if (!WELL_KNOWN) throw new Error('NOM-00001 is not in the population');
    system = await createInProcessSupergraph();
  }, 120_000);
  afterAll(() => system.stop());

  it('shows a BPSS police caller the plain OFFICIAL of NOM-00001 their force holds (GSCP)', async () => {
    const result = await lookUp('low-clearance');
    const police = policeOf(result);
    expect(police.identity).toEqual({
      pncId: WELL_KNOWN?.pncId,
      forename: WELL_KNOWN?.forename,
      surname: WELL_KNOWN?.surname,
      dateOfBirth: WELL_KNOWN?.dateOfBirth,
    });
    for (const plain of [
      'warningMarkers',
      'convictions',
      'vehicles',
      'addresses',
    ]) {
      expect(Array.isArray(police[plain])).toBe(true);
    }
    expect((police.convictions as unknown[]).length).toBeGreaterThan(0);
  });

  it('withholds from BPSS what carries the SENSITIVE caveat, for vetting and never with a hint of what is held', async () => {
    const result = await lookUp('low-clearance');
    const police = policeOf(result);
    expect(police.arrests).toBeNull();
    expect(police.intelligenceReports).toBeNull();
    expect(police.ocgAffiliations).toBeNull();
    expect(withheldOf(result)).toEqual(
      expect.arrayContaining([
        'police.arrests VETTING_TOO_LOW',
        'police.intelligenceReports VETTING_TOO_LOW',
        'police.ocgAffiliations VETTING_TOO_LOW',
      ]),
    );
    // HMPPS shares with police only at NPPV2 (schema/register/hmpps.yaml).
    expect(withheldOf(result)).toContain('custody VETTING_TOO_LOW');
    expect(
      (result.errors ?? []).every((error) => error.extensions?.held !== true),
    ).toBe(true);
  });

  it('marks the BPSS answer plain OFFICIAL, with no handling caveat to carry', async () => {
    const result = await lookUp('low-clearance');
    expect(disclosureOf(result).marking).toEqual({
      banner: 'OFFICIAL',
      classification: 'OFFICIAL',
      tier: 'OFFICIAL',
      caveats: [],
      handling: [],
    });
    expect(policeMarkingsOf(result)).toEqual(['OFFICIAL']);
  });

  it('carries the SENSITIVE need-to-know instruction to an NPPV2 caller shown OFFICIAL-SENSITIVE intelligence, and no SECRET it was not shown', async () => {
    const result = await lookUp('probation-officer');
    const reports = policeOf(result).intelligenceReports as
      { classification: string }[] | null;
    expect(reports?.length).toBeGreaterThan(0);
    expect(reports?.every((report) => report.classification !== 'SECRET')).toBe(
      true,
    );
    const { marking } = disclosureOf(result);
    expect(marking.banner).toBe('OFFICIAL-SENSITIVE');
    expect(marking.handling).toEqual([
      { caveat: 'SENSITIVE', instruction: CAVEAT_HANDLING.SENSITIVE },
    ]);
    expect(policeMarkingsOf(result)).toEqual([
      'OFFICIAL',
      'OFFICIAL_SENSITIVE',
    ]);
  });

  it('keeps the SENSITIVE instruction under a SECRET banner for an NPPV3 analyst shown a SECRET report', async () => {
    const result = await lookUp('police-analyst');
    const { marking } = disclosureOf(result);
    expect(marking.banner).toBe('SECRET');
    expect(marking.caveats).toEqual(['SENSITIVE']);
    expect(marking.handling[0]?.instruction).toBe(CAVEAT_HANDLING.SENSITIVE);
    expect(policeMarkingsOf(result)).toEqual([
      'OFFICIAL',
      'OFFICIAL_SENSITIVE',
      'SECRET',
    ]);
  });
});
