import { type Region } from '@marsoc/schema';
import { createEnumeration } from '@marsoc/schema';
import { type IndicatorName } from '../reporting/indicatorCatalog';

/** How disruptions may be broken down (seed 000 E545-E549, E1099; KPI 17, E816). */
export const DisruptionDimension = createEnumeration(
  'ApmisDisruptionDimension',
  ['ASSESSMENT', 'FOUR_P', 'RECORDING_AGENCY', 'REGION', 'PERIOD'] as const,
);
export type DisruptionDimension = (typeof DisruptionDimension.values)[number];

export const PeriodGranularity = createEnumeration('ApmisPeriodGranularity', [
  'QUARTER',
  'MONTH',
] as const);
export type PeriodGranularity = (typeof PeriodGranularity.values)[number];

/** How nominations may be broken down (seed 000 E419, E1098; KPI 2, E777). */
export const NominationDimension = createEnumeration(
  'ApmisNominationDimension',
  ['SUPERVISION_STATUS', 'NOMINATING_AGENCY', 'REGION'] as const,
);
export type NominationDimension = (typeof NominationDimension.values)[number];

export interface DisruptionCount {
  key: string;
  count: number;
  arrests: number;
}

export interface NominationCount {
  key: string;
  count: number;
}

/** Nominations of one meeting cycle by where they stand now (Table 1, E423-E432). */
export interface NominationCycleCounts {
  cycle: number;
  nominated: number;
  notPutForward: number;
  awaitingDecision: number;
  putForward: number;
  selected: number;
  notSelected: number;
  deferred: number;
  redirected: number;
}

/** Deselections made at one meeting cycle. */
export interface DeselectionCycleCount {
  cycle: number;
  deselected: number;
}

/**
 * One indicator's count at its finest grain (repository/indicatorFactsSql.ts):
 * codes and counts only. `until` is the cycle a cohort membership ended in.
 */
export interface IndicatorFact {
  region: string | null;
  cycle: number | null;
  agency: string | null;
  breakdown: string | null;
  value: number;
  denominator: number | null;
  until: number | null;
}

/**
 * Counts for the Performance Framework, computed in SQL over every record:
 * no row, id, name or per-record value ever leaves. Keys are codes, in order.
 */
export interface PerformanceReports {
  countDisruptionsBy(
    dimension: DisruptionDimension,
    options: { granularity: PeriodGranularity; marsocOnly: boolean },
  ): Promise<DisruptionCount[]>;
  countDisruptions(options: {
    marsocOnly: boolean;
  }): Promise<{ count: number; arrests: number }>;
  countNominationsBy(
    dimension: NominationDimension,
    region: Region | null,
  ): Promise<NominationCount[]>;
  /** By the cycle each nomination came to, in cycle order. */
  countNominationsByCycle(
    region: Region | null,
  ): Promise<NominationCycleCounts[]>;
  /** By the cycle each deselection was made at, in cycle order. */
  countDeselectionsByCycle(
    region: Region | null,
  ): Promise<DeselectionCycleCount[]>;
  /** One indicator of the framework at its finest grain, for foldIndicatorFacts. */
  readIndicatorFacts(indicator: IndicatorName): Promise<IndicatorFact[]>;
}
