import {
  createInProcessSupergraph,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';
import { callerOf, purposeOf } from './helpers/personas';

/**
 * The Performance Framework's indicators (seed 000 Table B1, E771-E829)
 * through the real gateway and register: AGGREGATES, read for
 * PERFORMANCE_REPORTING by anyone but DWP and for no audit.
 */
const REPORTING = purposeOf(
  'PERFORMANCE_REPORTING',
  'Quarterly MARSOC performance return',
);

const INDICATORS = `{
  performance {
    byRegion: indicator(name: NOMINATIONS_MADE, by: [REGION]) { region value }
    successful: indicator(name: NOMINATIONS_SUCCESSFUL) { value denominator }
    cohort: indicator(name: COHORT_SIZE, by: [CYCLE]) { cycle value }
    withoutSro: indicator(name: NOMINALS_WITHOUT_SRO, by: [REGION]) { region value denominator }
    reasons: indicator(name: DESELECTION_REASONS) { breakdown value }
    disruptions: indicator(name: DISRUPTIONS, by: [AGENCY]) { agency value }
    indicators { name stage source }
  }
}`;

interface Row {
  region?: string;
  cycle?: number;
  value: number;
  denominator?: number | null;
}
const total = (rows: unknown) =>
  (rows as Row[]).reduce((sum, row) => sum + row.value, 0);

describe('the framework indicators through the gateway', () => {
  let system: InProcessSupergraph;
  beforeAll(async () => {
    system = await createInProcessSupergraph();
  }, 120_000);
  afterAll(() => system.stop());

  it('gives the regional lead every indicator for performance reporting, reproducing Table 1 (E423-E432) and E545-E547', async () => {
    const result = await system.query(
      callerOf('regional-lead'),
      REPORTING,
      INDICATORS,
    );
    expect(result.errors).toBeUndefined();
    const performance = (
      result.data as { performance: Record<string, unknown> }
    ).performance;
    expect(total(performance.byRegion)).toBe(129);
    expect(performance.successful).toEqual([{ value: 97, denominator: 113 }]);
    expect((performance.cohort as Row[]).map((row) => row.value)).toEqual([
      29, 43, 45, 44, 43, 42,
    ]);
    expect(total(performance.withoutSro)).toBe(2);
    expect(total(performance.reasons)).toBe(55);
    expect(performance.disruptions).toEqual([
      { agency: 'HMPPS', value: 7 },
      { agency: 'POLICE', value: 300 },
    ]);
    expect(performance.indicators).toHaveLength(15);
    expect(JSON.stringify(performance)).not.toMatch(/NOM-\d/);
  });

  it('answers a police analyst the same', async () => {
    const result = await system.query(
      callerOf('police-analyst'),
      REPORTING,
      '{ performance { indicator(name: COHORT_SIZE) { value } } }',
    );
    expect(result.data).toEqual({
      performance: { indicator: [{ value: 42 }] },
    });
  });

  it('withholds the indicators from DWP, which has no agreement (marsoc-aggregates)', async () => {
    const result = await system.query(
      callerOf('dwp-officer'),
      REPORTING,
      '{ performance { indicator(name: COHORT_SIZE) { value } indicators { name } } }',
    );
    expect(result.data).toEqual({
      performance: { indicator: null, indicators: null },
    });
    expect(result.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({
        code: 'WITHHELD',
        owner: 'MARSOC',
        category: 'AGGREGATES',
      }),
      expect.objectContaining({
        code: 'WITHHELD',
        owner: 'MARSOC',
        category: 'AGGREGATES',
      }),
    ]);
  });

  it('withholds them for an audit, which examines the logs and not the work (marsoc-audit-no-nominal-data)', async () => {
    const result = await system.query(
      callerOf('auditor'),
      purposeOf('AUDIT', 'Checking access to the performance figures'),
      '{ performance { indicator(name: NOMINATIONS_MADE, by: [REGION]) { region value } } }',
    );
    expect(result.data).toEqual({ performance: { indicator: null } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      category: 'AGGREGATES',
    });
  });

  it('refuses a grouping the indicator has no data for, as bad input', async () => {
    const result = await system.query(
      callerOf('regional-lead'),
      REPORTING,
      '{ performance { indicator(name: INTELLIGENCE_SHARED, by: [CYCLE]) { value } } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe(
      'INTELLIGENCE_SHARED cannot be grouped by CYCLE',
    );
  });
});
