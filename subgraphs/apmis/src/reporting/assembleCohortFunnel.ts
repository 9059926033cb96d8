import {
  type DeselectionCycleCount,
  type NominationCycleCounts,
} from '../repository/PerformanceReports';

/** One meeting cycle of the cohort funnel, or (cycle null) the totals. */
export interface CohortFunnelRow extends Omit<NominationCycleCounts, 'cycle'> {
  cycle: number | null;
  deselected: number;
  /** Selected up to and including this cycle, less those deselected by then. */
  netCohort: number;
}

export interface CohortFunnel {
  cycles: CohortFunnelRow[];
  totals: CohortFunnelRow;
}

const EMPTY: Omit<CohortFunnelRow, 'cycle'> = {
  nominated: 0,
  notPutForward: 0,
  awaitingDecision: 0,
  putForward: 0,
  selected: 0,
  notSelected: 0,
  deferred: 0,
  redirected: 0,
  deselected: 0,
  netCohort: 0,
};

/**
 * Table 1 of seed 000 (E423-E432) from the store's counts: nominations count in
 * the cycle they came to, deselections in the cycle they were made at, and the
 * net cohort runs on from cycle to cycle. A cycle with only deselections still
 * gets a row.
 */
export function assembleCohortFunnel(
  nominations: readonly NominationCycleCounts[],
  deselections: readonly DeselectionCycleCount[],
): CohortFunnel {
  const cycles = [
    ...new Set([...nominations, ...deselections].map((row) => row.cycle)),
  ].sort((a, b) => a - b);
  let netCohort = 0;
  const rows = cycles.map((cycle): CohortFunnelRow => {
    const counts = nominations.find((row) => row.cycle === cycle);
    const deselected =
      deselections.find((row) => row.cycle === cycle)?.deselected ?? 0;
    const row = { ...EMPTY, ...counts, cycle, deselected };
    netCohort += row.selected - deselected;
    return { ...row, netCohort };
  });
  return { cycles: rows, totals: sumRows(rows, netCohort) };
}

function sumRows(
  rows: readonly CohortFunnelRow[],
  netCohort: number,
): CohortFunnelRow {
  const totals: CohortFunnelRow = { ...EMPTY, cycle: null, netCohort };
  const counted = Object.keys(EMPTY).filter(
    (key) => key !== 'netCohort',
  ) as (keyof typeof EMPTY)[];
  for (const row of rows) for (const key of counted) totals[key] += row[key];
  return totals;
}
