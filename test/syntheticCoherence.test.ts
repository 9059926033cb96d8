import {
  createPopulation,
  CURRENT_COHORT,
  DEFAULT_POPULATION_SIZE,
  DEFAULT_SEED,
  PRISON_ESTABLISHMENTS,
  REGIONAL_GEOGRAPHY,
  regionOfForce,
  socUnitOf,
  type SqliteDatabase,
  type SyntheticNominal,
  THEMES,
} from '@marsoc/platform';
import { type Region } from '@marsoc/schema';
import { openApmisDatabase } from '@marsoc/subgraph-apmis/testing';
import { createHmppsRecords } from '@marsoc/subgraph-hmpps/testing';
import { generateNcaRecord } from '@marsoc/subgraph-ncahmrc/testing';
import {
  generatePoliceRecords,
  HMPPS_THEMES,
  POLICE_THEMES,
} from '@marsoc/subgraph-police/testing';

/**
 * The synthetic people are coherent across agencies (issue 16 points 7 and 8):
 * every agency's records of a nominal are derived from the same shared facts
 * (platform/src/synthetic/population.ts), and this suite checks each rule over
 * every nominal of the default population, from the generators each subgraph
 * seeds with and the seeded APMIS store.
 */
const seed = DEFAULT_SEED;
const population = createPopulation({ seed, size: DEFAULT_POPULATION_SIZE });
const police = new Map(
  population.map((nominal) => [
    nominal.id,
    generatePoliceRecords(seed, nominal),
  ]),
);
const hmpps = new Map(
  population.map((nominal) => [nominal.id, createHmppsRecords(seed, nominal)]),
);

function report(rule: string, checked: number): void {
  process.stdout.write(
    `syntheticCoherence: ${rule}: ${checked} nominals checked\n`,
  );
}

const policeOf = (nominal: SyntheticNominal) => {
  const records = police.get(nominal.id);
  if (!records) throw new Error(`no police record for ${nominal.id}`);
  return records;
};

describe('geography (seed 003 A:845-860, seed 004 B:142)', () => {
  it('has ten regions, nine ROCUs and 43 territorial forces, each force in one region', () => {
    const regions = Object.keys(REGIONAL_GEOGRAPHY) as Region[];
    const forces = regions.flatMap(
      (region) => REGIONAL_GEOGRAPHY[region].forces,
    );
    expect(regions).toHaveLength(10);
    expect(forces).toHaveLength(43);
    expect(new Set(forces).size).toBe(43);
  });

  it('puts Kent in the Eastern ROCU (ERSOU), North Wales in the North West (TITAN), Dyfed-Powys, Gwent and South Wales in Tarian, and London under the Met with no ROCU', () => {
    expect(regionOfForce('Kent Police')).toBe('EASTERN');
    expect(socUnitOf('EASTERN')).toContain('ERSOU');
    expect(regionOfForce('North Wales Police')).toBe('NORTH_WEST');
    expect(socUnitOf('NORTH_WEST')).toBe('TITAN (North West ROCU)');
    expect(REGIONAL_GEOGRAPHY.WALES.forces).toEqual([
      'Dyfed-Powys Police',
      'Gwent Police',
      'South Wales Police',
    ]);
    expect(socUnitOf('WALES')).toBe('Tarian');
    expect(socUnitOf('LONDON')).not.toMatch(/ROCU/);
    expect(socUnitOf('LONDON')).toMatch(/^Metropolitan Police Service/);
  });

  it("places Kent's and North Wales's prisons in their ROCU's region", () => {
    const regionOf = (name: string) =>
      PRISON_ESTABLISHMENTS.find((prison) => prison.name === name)?.region;
    expect(regionOf('HMP Elmley')).toBe('EASTERN');
    expect(regionOf('HMP Swaleside')).toBe('EASTERN');
    expect(regionOf('HMP Berwyn')).toBe('NORTH_WEST');
  });

  it('gives every nominal a home force of their region, and police arrests by it', () => {
    for (const nominal of population) {
      expect(REGIONAL_GEOGRAPHY[nominal.region].forces).toContain(
        nominal.homeForce,
      );
      for (const arrest of policeOf(nominal).arrests)
        expect(arrest.arrestingForce).toBe(nominal.homeForce);
    }
    report('home force', population.length);
  });
});

describe('one person across police and HMPPS (issue 16 point 8)', () => {
  it('lists every sentence HMPPS holds among the police convictions: same offence, day and court', () => {
    let checked = 0;
    for (const nominal of population) {
      const sentence = hmpps.get(nominal.id)?.custody?.sentence;
      if (!sentence) continue;
      checked += 1;
      expect(policeOf(nominal).convictions).toContainEqual(
        expect.objectContaining({
          offence: sentence.offence,
          convictedOn: sentence.sentenceDate,
          court: sentence.sentencingCourt,
        }),
      );
    }
    expect(checked).toBeGreaterThan(100);
    report('HMPPS sentence among police convictions', checked);
  });

  it('names in prison intelligence only the establishment HMPPS holds the nominal in (or released them from)', () => {
    const prisonNames = PRISON_ESTABLISHMENTS.map((prison) => prison.name);
    let checked = 0;
    for (const nominal of population) {
      const custody = hmpps.get(nominal.id)?.custody ?? null;
      for (const intelligence of policeOf(nominal).intelligenceReports) {
        const named = prisonNames.filter((name) =>
          intelligence.text.includes(name),
        );
        if (named.length === 0) continue;
        checked += 1;
        expect(named).toEqual([custody?.establishment]);
        expect(
          intelligence.dateRecorded >= (custody?.receptionDate ?? ''),
        ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(50);
    report('prison intelligence naming the establishment (reports)', checked);
  });

  it('gives prison intelligence only to nominals with a custodial record', () => {
    const prisonSummaries = new Set(
      HMPPS_THEMES.map((theme) => theme.summary({} as never)),
    );
    for (const nominal of population) {
      const fromPrison = policeOf(nominal).intelligenceReports.filter(
        (report) => prisonSummaries.has(report.sanitisedSummary),
      );
      if (fromPrison.length > 0)
        expect(hmpps.get(nominal.id)?.custody).not.toBeNull();
    }
    report('prison intelligence only with custody', population.length);
  });
});

describe('the same criminality in APMIS, police and the NCA (issue 16 point 8)', () => {
  let apmis: SqliteDatabase;
  beforeAll(async () => {
    apmis = await openApmisDatabase({
      dataDirectory: ':memory:',
      seed,
      size: DEFAULT_POPULATION_SIZE,
    });
  });
  afterAll(() => apmis.close());

  const rows = <T>(sql: string, ...params: string[]): T[] =>
    apmis.prepare<string[], T>(sql).all(...params);

  it("files every APMIS threat under the nominal's own criminality, and none as a VULNERABILITY of a person (seed 003 A:171, A:871)", () => {
    for (const nominal of population) {
      const threats = rows<{
        threatType: string;
        threatArea: string;
        owningUnit: string;
      }>(
        'SELECT threat_type threatType, threat_area threatArea, owning_unit owningUnit FROM apmis_soc_threat WHERE nominal_id = ?',
        nominal.id,
      );
      expect(threats.length).toBeGreaterThan(0);
      for (const threat of threats) {
        expect(threat.threatType).not.toBe('VULNERABILITY');
        expect(threat.threatArea).toBe(
          THEMES[nominal.criminality.theme].apmisThreatArea,
        );
        expect([
          socUnitOf(nominal.region),
          ...REGIONAL_GEOGRAPHY[nominal.region].forces,
        ]).toContain(threat.owningUnit);
      }
    }
    report('APMIS threats', population.length);
  });

  it("leads police intelligence with the nominal's criminality and maps them first to their own group", () => {
    let checked = 0;
    for (const nominal of population) {
      const records = policeOf(nominal);
      const group = nominal.criminality.group;
      expect(records.ocgAffiliations[0]?.groupReference ?? null).toBe(
        group?.reference ?? null,
      );
      const policeReports = records.intelligenceReports.filter(
        (report) => report.originatorAgency === 'POLICE',
      );
      if (policeReports.length === 0) continue;
      checked += 1;
      const describesOwn = policeReports.some((report) =>
        POLICE_THEMES.some(
          (theme) =>
            theme.summary({} as never) === report.sanitisedSummary &&
            theme.criminality.includes(nominal.criminality.theme),
        ),
      );
      expect(describesOwn).toBe(true);
    }
    expect(checked).toBeGreaterThan(200);
    report('police intelligence describing the criminality', checked);
  });

  it('tiers the same group and business at the NCA', () => {
    let checked = 0;
    for (const nominal of population) {
      const nca = generateNcaRecord(seed, nominal);
      if (!nca) continue;
      checked += 1;
      expect(nca.tiering.threatArea).toBe(
        THEMES[nominal.criminality.theme].ncaThreatArea,
      );
      const group = nominal.criminality.group;
      if (group) {
        expect(nca.tiering.groupName).toBe(
          policeOf(nominal).ocgAffiliations[0]?.groupName,
        );
        expect(nca.tiering.tier).toBe(`TIER_${group.band.slice(0, 1)}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    report('NCA tiering', checked);
  });

  it('has HMPPS lead what only HMPPS does, and police lead warrants, arrests and SCPO applications', () => {
    const disruptions = rows<{
      leadAgency: string;
      recordingAgency: string;
      description: string;
    }>(
      'SELECT lead_agency leadAgency, recording_agency recordingAgency, description FROM apmis_disruption',
    );
    const hmppsWork =
      /cell search|relocated|Visits restricted|Security measures reviewed|licence conditions|recalled to custody|release plan|Drone/;
    for (const disruption of disruptions) {
      if (hmppsWork.test(disruption.description))
        expect(disruption.leadAgency).toBe('HMPPS');
      if (
        /Serious Crime Prevention Order|Warrant|arrested|Proceeds of Crime/.test(
          disruption.description,
        )
      )
        expect(['POLICE', 'NCA']).toContain(disruption.leadAgency);
      if (disruption.recordingAgency === 'HMPPS')
        expect(disruption.leadAgency).toBe('HMPPS');
    }
    expect(disruptions.length).toBeGreaterThan(307);
    process.stdout.write(
      `syntheticCoherence: disruption leads: ${disruptions.length} disruptions checked\n`,
    );
  });

  it('gives every deselection a reason and rationale (seed 000 E482-E488, E822)', () => {
    const deselected = rows<{
      reason: string | null;
      rationale: string | null;
    }>(
      "SELECT deselection_reason reason, deselection_rationale rationale FROM cohort_nomination WHERE status = 'DESELECTED'",
    );
    expect(deselected).toHaveLength(55);
    for (const row of deselected) {
      expect(row.reason).not.toBeNull();
      expect(row.rationale).not.toBeNull();
    }
    report('deselection reasons', deselected.length);
  });

  it('gives the current cohort lead agencies (the nominator), SROs from it and 4P plans, all but the two without an SRO (seed 000 E228, E793, E799, E806)', () => {
    const current = rows<{
      nominalId: string;
      nominatingAgency: string;
      leadAgency: string | null;
      sro: string | null;
      plans: number;
    }>(
      `SELECT n.nominal_id nominalId, n.nominating_agency nominatingAgency, n.lead_agency leadAgency,
         n.senior_responsible_officer sro, count(p.nomination_id) plans
       FROM cohort_nomination n LEFT JOIN cohort_four_p_plan p ON p.nomination_id = n.id
       WHERE n.status = 'SELECTED' GROUP BY n.id`,
    );
    expect(current).toHaveLength(CURRENT_COHORT);
    for (const row of current) {
      expect(row.leadAgency).toBe(row.nominatingAgency);
      expect(row.plans).toBe(row.sro === null ? 0 : 1);
    }
    expect(current.filter((row) => row.sro === null)).toHaveLength(2);
    const sroAgencies = current
      .filter((row) => row.sro !== null)
      .map((row) => row.nominatingAgency);
    const policeAndHmpps = sroAgencies.filter(
      (agency) => agency === 'POLICE' || agency === 'HMPPS',
    );
    expect(policeAndHmpps.length / sroAgencies.length).toBeGreaterThan(0.9);
    report('current cohort assignments', current.length);
  });
});
