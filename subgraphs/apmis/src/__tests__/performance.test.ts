import { COHORT_FUNNEL, DISRUPTIONS } from '@marsoc/platform';
import {
  createFixedPolicy,
  createSubgraphTestServer,
} from '@marsoc/platform/testing';
import { type ApmisRepository } from '../repository/ApmisRepository';
import {
  acceptanceOf,
  COHORT_MANAGEMENT,
  FRESH_NOMINAL,
  MUTATIONS,
  NOMINATOR,
  nominationOf,
  openCohortStore,
} from './cohortTestKit';
import { apmisService } from '../apmisService';
import { decideAtPsf } from './forumTestKit';

let repository: ApmisRepository;
beforeEach(async () => {
  ({ repository } = await openCohortStore());
});
afterEach(() => repository.close());

interface Count {
  key: string;
  count: number;
  arrests?: number;
}

async function ask(query: string): Promise<Record<string, unknown>> {
  const result = await createSubgraphTestServer(apmisService, {
    repository,
  }).execute(`{ performance { ${query} } }`);
  expect(result.errors).toBeUndefined();
  return result.data?.performance as Record<string, unknown>;
}

const FUNNEL = `cohortFunnel {
  cycles { cycle nominated notPutForward awaitingDecision putForward selected notSelected deferred redirected deselected netCohort }
  totals { cycle nominated notPutForward putForward selected notSelected deselected netCohort }
}`;

const asMap = (counts: unknown) =>
  Object.fromEntries((counts as Count[]).map(({ key, count }) => [key, count]));

describe('APMIS performance reporting over the seeded store', () => {
  it('reproduces Table 1 cycle by cycle, with 42 left on the cohort (seed 000 E423-E432)', async () => {
    const { cohortFunnel } = await ask(FUNNEL);
    const { cycles, totals } = cohortFunnel as {
      cycles: Record<string, number>[];
      totals: Record<string, number | null>;
    };
    const column = (name: string) => cycles.map((row) => row[name]);
    expect(column('cycle')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(column('nominated')).toEqual(COHORT_FUNNEL.nominated);
    expect(column('putForward')).toEqual(COHORT_FUNNEL.putForward);
    expect(column('selected')).toEqual(COHORT_FUNNEL.selected);
    expect(column('notSelected')).toEqual([3, 3, 5, 1, 1, 3]);
    expect(column('notPutForward')).toEqual([8, 1, 1, 1, 3, 2]);
    expect(column('deselected')).toEqual(COHORT_FUNNEL.deselected);
    expect(column('netCohort')).toEqual([29, 43, 45, 44, 43, 42]);
    expect(totals).toEqual({
      cycle: null,
      nominated: 129,
      notPutForward: 16,
      putForward: 113,
      selected: 97,
      notSelected: 16,
      deselected: 55,
      netCohort: 42,
    });
  });

  it('counts MARSOC disruptions by impact, 4P, recorder and arrests (seed 000 E545-E549)', async () => {
    const data = await ask(`
      assessment: disruptionsBy(dimension: ASSESSMENT) { key count arrests }
      fourP: disruptionsBy(dimension: FOUR_P) { key count }
      recorder: disruptionsBy(dimension: RECORDING_AGENCY) { key count }
      disruptionTotals { key count arrests }`);
    expect(asMap(data.assessment)).toEqual(DISRUPTIONS.byAssessment);
    expect(asMap(data.fourP)).toEqual(DISRUPTIONS.byPursuitCategory);
    expect(asMap(data.recorder)).toEqual({ HMPPS: 7, POLICE: 300 });
    expect(data.disruptionTotals).toEqual({
      key: 'ALL',
      count: 307,
      arrests: 41,
    });
    const arrests = (data.assessment as Count[]).reduce(
      (sum, row) => sum + (row.arrests ?? 0),
      0,
    );
    expect(arrests).toBe(41);
  });

  it('breaks disruptions down by region and period, each summing to 307', async () => {
    const data = await ask(`
      region: disruptionsBy(dimension: REGION) { key count }
      quarter: disruptionsBy(dimension: PERIOD) { key count }
      month: disruptionsBy(dimension: PERIOD, granularity: MONTH) { key count }`);
    for (const breakdown of ['region', 'quarter', 'month']) {
      const counts = data[breakdown] as Count[];
      expect(counts.reduce((sum, row) => sum + row.count, 0)).toBe(307);
    }
    expect(
      (data.quarter as Count[]).every((row) => /^\d{4}-Q[1-4]$/.test(row.key)),
    ).toBe(true);
    expect(
      (data.month as Count[]).every((row) => /^\d{4}-\d{2}$/.test(row.key)),
    ).toBe(true);
  });

  it('leaves out disruptions not recorded against MARSOC unless asked (E547)', async () => {
    const data = await ask(
      `all: disruptionTotals(marsocOnly: false) { count }`,
    );
    expect((data.all as Count).count).toBeGreaterThan(307);
  });

  it('counts nominations by supervision, nominating agency and region (seed 000 E419)', async () => {
    const data = await ask(`
      supervision: nominationsBy(dimension: SUPERVISION_STATUS) { key count }
      agency: nominationsBy(dimension: NOMINATING_AGENCY) { key count }
      region: nominationsBy(dimension: REGION) { key count }
      northWest: nominationsBy(dimension: REGION, region: "NORTH_WEST") { key count }`);
    expect(asMap(data.supervision)).toEqual({
      CUSTODY: 109,
      PROBATION: 16,
      NONE: 4,
    });
    expect(asMap(data.agency)).toEqual({
      POLICE: 76,
      HMPPS: 48,
      NCA: 3,
      HMRC: 2,
    });
    const byRegion = asMap(data.region);
    expect(Object.values(byRegion).reduce((sum, n) => sum + n, 0)).toBe(129);
    expect(asMap(data.northWest)).toEqual({ NORTH_WEST: byRegion.NORTH_WEST });
  });

  it('returns codes and counts only, never a nominal id', async () => {
    const data = await ask(
      `${FUNNEL} disruptionsBy(dimension: REGION) { key count } nominationsBy(dimension: REGION) { key count }`,
    );
    expect(JSON.stringify(data)).not.toMatch(/NOM-\d/);
  });

  it('follows the workflow: a nomination accepted at cycle 7 adds a row and one to the cohort', async () => {
    const server = createSubgraphTestServer(apmisService, { repository });
    await server.execute(
      MUTATIONS.nominate,
      { input: nominationOf(FRESH_NOMINAL) },
      { caller: NOMINATOR, purpose: COHORT_MANAGEMENT },
    );
    const decided = await decideAtPsf(
      (query, variables, context) => server.execute(query, variables, context),
      acceptanceOf(FRESH_NOMINAL),
    );
    expect(decided.errors).toBeUndefined();
    const { cohortFunnel } = await ask(FUNNEL);
    const { cycles, totals } = cohortFunnel as {
      cycles: Record<string, number>[];
      totals: Record<string, number>;
    };
    expect(cycles.at(-1)).toMatchObject({
      cycle: 7,
      nominated: 1,
      putForward: 1,
      selected: 1,
      netCohort: 43,
    });
    expect(totals).toMatchObject({ nominated: 130, netCohort: 43 });
  });

  it('refuses a region that is not a MARSOC region', async () => {
    const result = await createSubgraphTestServer(apmisService, {
      repository,
    }).execute(
      `{ performance { cohortFunnel(region: "ATLANTIS") { totals { nominated } } } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('withholds the counts, naming owner and category, when the register withholds AGGREGATES', async () => {
    const server = createSubgraphTestServer(apmisService, {
      repository,
      policy: createFixedPolicy((marking) =>
        marking.category === 'AGGREGATES' ? 'WITHHELD' : 'FULL',
      ),
    });
    const result = await server.execute(
      `{ performance { disruptionTotals { count } } }`,
    );
    expect(result.data).toEqual({ performance: { disruptionTotals: null } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      owner: 'MARSOC',
      category: 'AGGREGATES',
    });
  });
});
