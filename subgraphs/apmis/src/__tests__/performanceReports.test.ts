import { type SubgraphStore } from '@marsoc/platform/store';
import { type ApmisTables } from '../repository/ApmisTables';
import { createPerformanceReports } from '../repository/createPerformanceReports';
import {
  DisruptionDimension,
  NominationDimension,
  PeriodGranularity,
} from '../repository/PerformanceReports';
import { IndicatorName } from '../reporting/indicatorCatalog';
import {
  DIALECTS,
  readOnBoth,
  useStoresOnBothDialects,
} from './storesOnBothDialects';

const storeOn = useStoresOnBothDialects('apmis_performance');

/** Every count the framework asks of the store, in every breakdown. */
async function countEverything(store: SubgraphStore<ApmisTables>) {
  const reports = createPerformanceReports(store);
  const counts: Record<string, unknown> = {};
  for (const dimension of DisruptionDimension.values)
    for (const granularity of PeriodGranularity.values)
      for (const marsocOnly of [false, true])
        counts[`disruptions:${dimension}:${granularity}:${marsocOnly}`] =
          await reports.countDisruptionsBy(dimension, {
            granularity,
            marsocOnly,
          });
  for (const marsocOnly of [false, true])
    counts[`disruptions:${marsocOnly}`] = await reports.countDisruptions({
      marsocOnly,
    });
  for (const region of [null, 'NORTH_WEST'] as const) {
    for (const dimension of NominationDimension.values)
      counts[`nominations:${dimension}:${region}`] =
        await reports.countNominationsBy(dimension, region);
    counts[`cycles:${region}`] = await reports.countNominationsByCycle(region);
    counts[`deselections:${region}`] =
      await reports.countDeselectionsByCycle(region);
  }
  for (const indicator of IndicatorName.values)
    counts[indicator] = await reports.readIndicatorFacts(indicator);
  return counts;
}

describe.each(DIALECTS)('the performance counts on %s', (dialect) => {
  it('count the seeded cohort in numbers, in key order', async () => {
    const reports = createPerformanceReports(storeOn(dialect));
    const cycles = await reports.countNominationsByCycle(null);
    expect(cycles.map((row) => row.cycle)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const row of cycles)
      for (const value of Object.values(row))
        expect(typeof value).toBe('number');
    const totals = await reports.countDisruptions({ marsocOnly: false });
    expect(totals.count).toBeGreaterThan(0);
    expect(typeof totals.arrests).toBe('number');
    const quarters = await reports.countDisruptionsBy('PERIOD', {
      granularity: 'QUARTER',
      marsocOnly: false,
    });
    expect(quarters[0]?.key).toMatch(/^\d{4}-Q[1-4]$/);
    expect(quarters.map((row) => row.key)).toEqual(
      quarters.map((row) => row.key).sort(),
    );
    const withoutPartners = await reports.readIndicatorFacts(
      'NOMINALS_WITHOUT_SUPPORTING_PARTNERS',
    );
    expect(withoutPartners.length).toBeGreaterThan(0);
    for (const fact of withoutPartners) {
      expect(typeof fact.value).toBe('number');
      expect(fact.value).toBeLessThanOrEqual(Number(fact.denominator));
    }
  });
});

describe('the performance counts on SQLite and on PostgreSQL', () => {
  it('are the same, in the same order, for every breakdown and indicator', async () => {
    const { sqlite, postgres } = await readOnBoth(storeOn, countEverything);
    expect(Object.keys(sqlite).length).toBeGreaterThan(40);
    expect(postgres).toEqual(sqlite);
  });
});
