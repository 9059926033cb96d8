import {
  createInProcessSupergraph,
  type GatewayResult,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';
import { callerOf, purposeOf } from './helpers/personas';

/**
 * Performance reporting through the real gateway and register: the
 * Performance Framework's counts (seed 000 E771-E829) for a PERFORMANCE_REPORTING
 * caller, who sees AGGREGATES and nothing else
 * (docs/policy-model.md#performance-reporting-aggregates-only).
 */
const REPORTING = purposeOf(
  'PERFORMANCE_REPORTING',
  'Quarterly MARSOC performance return',
);

const REPORT = `{
  performance {
    cohortFunnel {
      cycles { cycle nominated putForward selected notSelected deselected netCohort }
      totals { nominated putForward selected notSelected notPutForward deselected netCohort }
    }
    assessment: disruptionsBy(dimension: ASSESSMENT) { key count arrests }
    fourP: disruptionsBy(dimension: FOUR_P) { key count }
    recorder: disruptionsBy(dimension: RECORDING_AGENCY) { key count }
    disruptionTotals { count arrests }
    supervision: nominationsBy(dimension: SUPERVISION_STATUS) { key count }
    agency: nominationsBy(dimension: NOMINATING_AGENCY) { key count }
  }
}`;

interface Count {
  key: string;
  count: number;
}
const asMap = (counts: unknown) =>
  Object.fromEntries((counts as Count[]).map(({ key, count }) => [key, count]));

describe('performance reporting through the gateway (seed 000 Table 1, E545-E549)', () => {
  let system: InProcessSupergraph;
  let report: Record<string, unknown>;
  const performanceOf = (result: GatewayResult) =>
    (result.data as { performance: Record<string, unknown> }).performance;

  beforeAll(async () => {
    system = await createInProcessSupergraph();
    const result = await system.query(
      callerOf('regional-lead'),
      REPORTING,
      REPORT,
    );
    expect(result.errors).toBeUndefined();
    report = performanceOf(result);
  }, 120_000);
  afterAll(() => system.stop());

  it('gives the regional lead the cohort funnel of Table 1: 129 nominated, 113 put forward, 97 selected, 16 not, 55 deselected, 42 current (E423-E432)', () => {
    const { cycles, totals } = report.cohortFunnel as {
      cycles: Record<string, number>[];
      totals: Record<string, number>;
    };
    expect(cycles).toEqual([
      {
        cycle: 1,
        nominated: 40,
        putForward: 32,
        selected: 29,
        notSelected: 3,
        deselected: 0,
        netCohort: 29,
      },
      {
        cycle: 2,
        nominated: 22,
        putForward: 21,
        selected: 18,
        notSelected: 3,
        deselected: 4,
        netCohort: 43,
      },
      {
        cycle: 3,
        nominated: 17,
        putForward: 16,
        selected: 11,
        notSelected: 5,
        deselected: 9,
        netCohort: 45,
      },
      {
        cycle: 4,
        nominated: 14,
        putForward: 13,
        selected: 12,
        notSelected: 1,
        deselected: 13,
        netCohort: 44,
      },
      {
        cycle: 5,
        nominated: 12,
        putForward: 9,
        selected: 8,
        notSelected: 1,
        deselected: 9,
        netCohort: 43,
      },
      {
        cycle: 6,
        nominated: 24,
        putForward: 22,
        selected: 19,
        notSelected: 3,
        deselected: 20,
        netCohort: 42,
      },
    ]);
    // Table 1 sums to 113 put forward; the text's "115" (E421) is the evaluation's own slip.
    expect(totals).toEqual({
      nominated: 129,
      putForward: 113,
      selected: 97,
      notSelected: 16,
      notPutForward: 16,
      deselected: 55,
      netCohort: 42,
    });
  });

  it('counts the 307 MARSOC disruptions by impact 235/46/7/19 and by 4P 151/123/23/10, with 41 arrests (E545-E549)', () => {
    expect(asMap(report.assessment)).toEqual({
      MINOR: 235,
      MODERATE: 46,
      MAJOR: 7,
      NO_IMPACT: 19,
    });
    expect(asMap(report.fourP)).toEqual({
      PURSUE: 151,
      PREVENT: 123,
      PROTECT: 23,
      PREPARE: 10,
    });
    expect(report.disruptionTotals).toEqual({ count: 307, arrests: 41 });
  });

  it('shows 7 of the 307 recorded by HMPPS, the rest by police (E547)', () => {
    expect(asMap(report.recorder)).toEqual({ HMPPS: 7, POLICE: 300 });
  });

  it('splits the 129 nominations 109/16/4 by supervision and 76/48 police/HMPPS by nominator (E419)', () => {
    expect(asMap(report.supervision)).toEqual({
      CUSTODY: 109,
      PROBATION: 16,
      NONE: 4,
    });
    expect(asMap(report.agency)).toMatchObject({ POLICE: 76, HMPPS: 48 });
  });

  it('names no nominal anywhere in the report', () => {
    expect(JSON.stringify(report)).not.toMatch(/NOM-\d/);
  });

  it('lets the same caller read no nominal record for that purpose (docs/policy-model.md)', async () => {
    const picture = await system.query(
      callerOf('regional-lead'),
      REPORTING,
      '{ nominal(id: "NOM-00001") { apmis { name } cohort { status events { transition } } disruptions { id } socThreats { tier } } }',
    );
    expect(picture.data).toEqual({
      nominal: {
        apmis: null,
        cohort: null,
        disruptions: null,
        socThreats: null,
      },
    });
    const reasons = (picture.errors ?? []).map(
      (error) => error.extensions?.reason,
    );
    expect(reasons).toHaveLength(4);
    expect(new Set(reasons)).toEqual(new Set(['AGGREGATES_ONLY']));
    const cohort = await system.query(
      callerOf('regional-lead'),
      REPORTING,
      '{ cohort { id } }',
    );
    expect(cohort.data?.cohort ?? null).toBeNull();
    expect(cohort.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      reason: 'AGGREGATES_ONLY',
    });
  });

  it('gives a police analyst the same counts for performance reporting', async () => {
    const result = await system.query(
      callerOf('police-analyst'),
      REPORTING,
      '{ performance { disruptionTotals { count arrests } } }',
    );
    expect(performanceOf(result)).toEqual({
      disruptionTotals: { count: 307, arrests: 41 },
    });
  });

  it('withholds the counts from DWP, which has no agreement (marsoc-aggregates; docs/policy-model.md)', async () => {
    const result = await system.query(
      callerOf('dwp-officer'),
      REPORTING,
      '{ performance { disruptionTotals { count } } }',
    );
    expect(performanceOf(result)).toEqual({ disruptionTotals: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      owner: 'MARSOC',
      category: 'AGGREGATES',
    });
  });
});
