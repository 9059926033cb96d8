import { type SqliteDatabase } from '@marsoc/platform/store';
import type BetterSqlite3 from 'better-sqlite3';
import { type Region } from '@marsoc/schema';
import { type IndicatorName } from '../reporting/indicatorCatalog';
import { INDICATOR_FACTS_SQL } from './indicatorFactsSql';
import {
  type DeselectionCycleCount,
  type IndicatorFact,
  type DisruptionCount,
  type DisruptionDimension,
  type NominationCount,
  type NominationCycleCounts,
  type NominationDimension,
  type PerformanceReports,
  type PeriodGranularity,
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
const IN_REGION = '(@region IS NULL OR region = @region)';

/**
 * The performance counts over SQLite: GROUP BY over every record, so only
 * codes and counts leave. Statements are prepared once per breakdown.
 */
export class SqlitePerformanceReports implements PerformanceReports {
  private readonly prepared = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly database: SqliteDatabase) {}

  countDisruptionsBy(
    dimension: DisruptionDimension,
    options: { granularity: PeriodGranularity; marsocOnly: boolean },
  ): DisruptionCount[] {
    const key =
      dimension === 'PERIOD' && options.granularity === 'QUARTER'
        ? QUARTER
        : DISRUPTION_KEYS[dimension];
    return this.all<DisruptionCount>(
      `disruptions:${dimension}:${options.granularity}`,
      `SELECT ${key} AS key, count(*) AS count, coalesce(sum(d.arrests), 0) AS arrests
       FROM apmis_disruption d JOIN apmis_nominal n ON n.nominal_id = d.nominal_id
       WHERE (@marsocOnly = 0 OR d.marsoc_flag = 1) GROUP BY 1 ORDER BY 1`,
      { marsocOnly: options.marsocOnly ? 1 : 0 },
    );
  }

  countDisruptions(options: { marsocOnly: boolean }): {
    count: number;
    arrests: number;
  } {
    const [totals] = this.all<{ count: number; arrests: number }>(
      'disruptions:total',
      `SELECT count(*) AS count, coalesce(sum(arrests), 0) AS arrests
       FROM apmis_disruption WHERE (@marsocOnly = 0 OR marsoc_flag = 1)`,
      { marsocOnly: options.marsocOnly ? 1 : 0 },
    );
    return totals ?? { count: 0, arrests: 0 };
  }

  countNominationsBy(
    dimension: NominationDimension,
    region: Region | null,
  ): NominationCount[] {
    return this.all<NominationCount>(
      `nominations:${dimension}`,
      `SELECT ${NOMINATION_KEYS[dimension]} AS key, count(*) AS count
       FROM cohort_nomination WHERE ${IN_REGION} GROUP BY 1 ORDER BY 1`,
      { region },
    );
  }

  countNominationsByCycle(region: Region | null): NominationCycleCounts[] {
    return this.all<NominationCycleCounts>(
      'nominations:cycle',
      `SELECT cycle_nominated AS cycle, count(*) AS nominated,
         sum(status = 'NOT_PUT_FORWARD') AS notPutForward,
         sum(status = 'NOMINATED') AS awaitingDecision,
         sum(status NOT IN ('NOMINATED', 'NOT_PUT_FORWARD')) AS putForward,
         sum(status IN ('SELECTED', 'DESELECTED', 'EXITED')) AS selected,
         sum(status = 'NOT_SELECTED') AS notSelected,
         sum(status = 'DEFERRED') AS deferred,
         sum(status = 'REDIRECTED') AS redirected
       FROM cohort_nomination WHERE ${IN_REGION} GROUP BY 1 ORDER BY 1`,
      { region },
    );
  }

  countDeselectionsByCycle(region: Region | null): DeselectionCycleCount[] {
    return this.all<DeselectionCycleCount>(
      'deselections:cycle',
      `SELECT cycle_deselected AS cycle, count(*) AS deselected FROM cohort_nomination
       WHERE cycle_deselected IS NOT NULL AND ${IN_REGION} GROUP BY 1 ORDER BY 1`,
      { region },
    );
  }

  readIndicatorFacts(indicator: IndicatorName): IndicatorFact[] {
    return this.all<IndicatorFact>(
      `indicator:${indicator}`,
      INDICATOR_FACTS_SQL[indicator],
      {},
    );
  }

  private all<Row>(
    name: string,
    sql: string,
    parameters: Record<string, unknown>,
  ): Row[] {
    let statement = this.prepared.get(name);
    if (statement === undefined) {
      statement = this.database.prepare(sql);
      this.prepared.set(name, statement);
    }
    return statement.all(parameters) as Row[];
  }
}
