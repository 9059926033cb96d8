import { type RawBuilder, sql } from 'kysely';
import { type Region } from '@marsoc/schema';
import { type IndicatorName } from '../reporting/indicatorCatalog';
import { type ApmisStore } from './ApmisTables';
import { countWhere, indicatorFactsSql } from './indicatorFactsSql';
import {
  type DeselectionCycleCount,
  type DisruptionCount,
  type DisruptionDimension,
  type IndicatorFact,
  type NominationCount,
  type NominationCycleCounts,
  type NominationDimension,
  type PerformanceReports,
} from './PerformanceReports';

// Grouping expressions come only from these constants, never from a caller.
const QUARTER = `substr(d.disrupted_on, 1, 4) || '-Q' ||
  ((CAST(substr(d.disrupted_on, 6, 2) AS INTEGER) + 2) / 3)`;
const DISRUPTION_KEYS: Readonly<Record<DisruptionDimension, string>> = {
  ASSESSMENT: 'd.assessment',
  FOUR_P: 'd.four_p',
  RECORDING_AGENCY: 'd.recording_agency',
  // A disruption counts in the region of the nominal's master-list entry.
  REGION: 'n.region',
  PERIOD: 'substr(d.disrupted_on, 1, 7)',
};
const NOMINATION_KEYS: Readonly<Record<NominationDimension, string>> = {
  SUPERVISION_STATUS: 'supervision_at_nomination',
  NOMINATING_AGENCY: 'nominating_agency',
  REGION: 'region',
};
const MARSOC_ONLY = (marsocOnly: boolean, column: string) =>
  sql.raw(marsocOnly ? `${column} = 1` : 'TRUE');

/**
 * The counts on PostgreSQL are bigints (text from the driver) and on SQLite
 * numbers: every count leaves here as a number, or null where none was made.
 */
function toNumbers<Row>(row: Record<string, unknown>, fields: string[]): Row {
  const read = { ...row };
  for (const field of fields) {
    const value = read[field];
    read[field] = value === null || value === undefined ? null : Number(value);
  }
  return read as Row;
}

/**
 * The performance counts over the store, on either dialect: GROUP BY over
 * every record, so only codes and counts leave. The SQL is made only of
 * constants; a region is the one value bound. Built per call: a report is a
 * handful of queries, not a batch per entity.
 */
export function createPerformanceReports(
  store: ApmisStore,
): PerformanceReports {
  const { db, dialect } = store;
  const indicators = indicatorFactsSql(dialect);
  const all = async <Row>(query: RawBuilder<unknown>, fields: string[]) =>
    (await query.execute(db)).rows.map((row) =>
      toNumbers<Row>(row as Record<string, unknown>, fields),
    );
  const inRegion = (region: Region | null) =>
    region === null ? sql`TRUE` : sql`region = ${region}`;
  return {
    countDisruptionsBy: (dimension, { granularity, marsocOnly }) =>
      all<DisruptionCount>(
        sql`SELECT ${sql.raw(
          dimension === 'PERIOD' && granularity === 'QUARTER'
            ? QUARTER
            : DISRUPTION_KEYS[dimension],
        )} AS key, count(*) AS count, coalesce(sum(d.arrests), 0) AS arrests
         FROM apmis_disruption d JOIN apmis_nominal n ON n.nominal_id = d.nominal_id
         WHERE ${MARSOC_ONLY(marsocOnly, 'd.marsoc_flag')} GROUP BY 1 ORDER BY 1`,
        ['count', 'arrests'],
      ),
    countDisruptions: async ({ marsocOnly }) => {
      const [totals] = await all<{ count: number; arrests: number }>(
        sql`SELECT count(*) AS count, coalesce(sum(arrests), 0) AS arrests
         FROM apmis_disruption WHERE ${MARSOC_ONLY(marsocOnly, 'marsoc_flag')}`,
        ['count', 'arrests'],
      );
      return totals ?? { count: 0, arrests: 0 };
    },
    countNominationsBy: (dimension, region) =>
      all<NominationCount>(
        sql`SELECT ${sql.raw(NOMINATION_KEYS[dimension])} AS key, count(*) AS count
         FROM cohort_nomination WHERE ${inRegion(region)} GROUP BY 1 ORDER BY 1`,
        ['count'],
      ),
    countNominationsByCycle: (region) =>
      all<NominationCycleCounts>(
        sql`SELECT cycle_nominated AS cycle, count(*) AS nominated,
           ${sql.raw(countWhere("status = 'NOT_PUT_FORWARD'"))} AS "notPutForward",
           ${sql.raw(countWhere("status = 'NOMINATED'"))} AS "awaitingDecision",
           ${sql.raw(countWhere("status NOT IN ('NOMINATED', 'NOT_PUT_FORWARD')"))} AS "putForward",
           ${sql.raw(countWhere("status IN ('SELECTED', 'DESELECTED', 'EXITED')"))} AS selected,
           ${sql.raw(countWhere("status = 'NOT_SELECTED'"))} AS "notSelected",
           ${sql.raw(countWhere("status = 'DEFERRED'"))} AS deferred,
           ${sql.raw(countWhere("status = 'REDIRECTED'"))} AS redirected
         FROM cohort_nomination WHERE ${inRegion(region)} GROUP BY 1 ORDER BY 1`,
        [
          'cycle',
          'nominated',
          'notPutForward',
          'awaitingDecision',
          'putForward',
          'selected',
          'notSelected',
          'deferred',
          'redirected',
        ],
      ),
    countDeselectionsByCycle: (region) =>
      all<DeselectionCycleCount>(
        sql`SELECT cycle_deselected AS cycle, count(*) AS deselected FROM cohort_nomination
         WHERE cycle_deselected IS NOT NULL AND ${inRegion(region)} GROUP BY 1 ORDER BY 1`,
        ['cycle', 'deselected'],
      ),
    readIndicatorFacts: (indicator: IndicatorName) =>
      all<IndicatorFact>(sql.raw(indicators[indicator]), [
        'cycle',
        'value',
        'denominator',
        'until',
      ]),
  };
}
