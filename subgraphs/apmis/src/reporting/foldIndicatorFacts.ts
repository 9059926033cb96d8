import { type IndicatorFact } from '../repository/PerformanceReports';
import {
  type IndicatorDefinition,
  type IndicatorGrouping,
} from './indicatorCatalog';

/** What a caller asked of one indicator, already checked against its definition. */
export interface IndicatorQuestion {
  by: ReadonlySet<IndicatorGrouping>;
  region: string | null;
  cycle: number | null;
  agency: string | null;
}

/** One row of an answer: a key left null is every value of it together. */
export type IndicatorRow = Omit<IndicatorFact, 'until'>;

/**
 * Sums an indicator's finest-grain counts into the rows a caller asked for:
 * filtered by region, cycle and agency, grouped by the groupings asked,
 * ordered by their keys. The cohort (spansCycles) counts in every cycle a
 * nominal was on it; asked without a cycle, only those on it now count.
 */
export function foldIndicatorFacts(
  definition: IndicatorDefinition,
  facts: readonly IndicatorFact[],
  question: IndicatorQuestion,
): IndicatorRow[] {
  const perCycle = question.by.has('CYCLE') || question.cycle !== null;
  const counted = definition.spansCycles
    ? spreadOverCycles(facts, perCycle)
    : facts;
  const rows = new Map<string, IndicatorRow>();
  for (const fact of counted) {
    if (!matches(fact, question)) continue;
    const key: IndicatorRow = {
      region: question.by.has('REGION') ? fact.region : null,
      cycle: question.by.has('CYCLE') ? fact.cycle : null,
      agency: question.by.has('AGENCY') ? fact.agency : null,
      breakdown: fact.breakdown,
      value: 0,
      denominator: definition.denominator === null ? null : 0,
    };
    const id = JSON.stringify([
      key.region,
      key.cycle,
      key.agency,
      key.breakdown,
    ]);
    const row = rows.get(id) ?? key;
    row.value += fact.value;
    if (row.denominator !== null) row.denominator += fact.denominator ?? 0;
    rows.set(id, row);
  }
  return [...rows.values()].sort(compareRows);
}

function matches(fact: IndicatorFact, question: IndicatorQuestion): boolean {
  return (
    (question.region === null || fact.region === question.region) &&
    (question.cycle === null || fact.cycle === question.cycle) &&
    (question.agency === null || fact.agency === question.agency)
  );
}

/**
 * A membership from the cycle it began in up to the cycle it ended in
 * (exclusive: a nominal deselected at cycle 4 is off the cohort at its end),
 * or to the latest cycle the store knows when it has not ended.
 */
function spreadOverCycles(
  facts: readonly IndicatorFact[],
  perCycle: boolean,
): IndicatorFact[] {
  if (!perCycle) return facts.filter((fact) => fact.until === null);
  const latest = Math.max(
    0,
    ...facts.flatMap((fact) => [fact.cycle ?? 0, fact.until ?? 0]),
  );
  return facts.flatMap((fact) => {
    const from = fact.cycle ?? 1;
    const to = fact.until ?? latest + 1;
    const cycles = Array.from(
      { length: Math.max(0, to - from) },
      (_, i) => from + i,
    );
    return cycles.map((cycle) => ({ ...fact, cycle, until: null }));
  });
}

const order = (value: string | number | null): string =>
  value === null
    ? '\uffff'
    : typeof value === 'number'
      ? String(value).padStart(6, '0')
      : value;

function compareRows(a: IndicatorRow, b: IndicatorRow): number {
  for (const key of ['region', 'cycle', 'agency', 'breakdown'] as const) {
    const left = order(a[key]);
    const right = order(b[key]);
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}
