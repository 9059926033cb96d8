import { type BenchResults, type GoalResult } from './BenchResults';

type Measured = Omit<BenchResults, 'goals'>;

/** Judges the run against the targets of docs/targets.md, each with the figure it rests on. */
export function evaluateGoals(results: Measured): GoalResult[] {
  const { loaded, unloaded, cohort, dataScale } = results;
  const throughputRatio =
    loaded.ours.requestsPerSecond / loaded.apollo.requestsPerSecond;
  const hiveRatio =
    loaded.ours.requestsPerSecond / loaded.hive.requestsPerSecond;
  const overhead = unloaded.ours.p50Ms - unloaded.floor.p50Ms;
  const loadedOverhead = loaded.ours.p50Ms - loaded.floor.p50Ms;
  const fetchesConstant =
    cohort.fetches.cohort.total === cohort.fetches.single.total;
  const cohortRatio = cohort.unloaded.p50Ms / unloaded.ours.p50Ms;
  const goals: GoalResult[] = [
    {
      goal: 'ours ≥ 0.90 × plain @apollo/gateway throughput',
      figure: `${throughputRatio.toFixed(3)} × (${fmt(loaded.ours.requestsPerSecond)} vs ${fmt(loaded.apollo.requestsPerSecond)} req/s)`,
      met: throughputRatio >= 0.9,
    },
    {
      goal: 'ours ahead of Hive Gateway (throughput)',
      figure: `${hiveRatio.toFixed(3)} × (${fmt(loaded.ours.requestsPerSecond)} vs ${fmt(loaded.hive.requestsPerSecond)} req/s)`,
      met: hiveRatio > 1,
    },
    {
      goal: 'gateway overhead over the floor ≤ 1 ms at p50 (1 connection)',
      figure: `${overhead.toFixed(2)} ms (at ${loaded.ours.connections} connections: ${loadedOverhead.toFixed(2)} ms)`,
      met: overhead <= 1,
    },
    {
      goal: `${cohort.size}-nominal cohort: constant subgraph fetches (no N+1)`,
      figure: `${cohort.fetches.cohort.total} fetches for ${cohort.size} nominals vs ${cohort.fetches.single.total} for 1`,
      met: fetchesConstant,
    },
    {
      goal: `${cohort.size}-nominal cohort p50 ≤ 2 × single-nominal p50 (1 connection)`,
      figure: `${cohortRatio.toFixed(2)} × (${cohort.unloaded.p50Ms.toFixed(2)} vs ${unloaded.ours.p50Ms.toFixed(2)} ms)`,
      met: cohortRatio <= 2,
    },
  ];
  if (dataScale) {
    const ratio =
      dataScale.large.unloaded.p50Ms / dataScale.small.unloaded.p50Ms;
    goals.push({
      goal: `latency flat from ${dataScale.small.scale} to ${dataScale.large.scale} nominals (p50, 1 connection, within 10%)`,
      figure: `${ratio.toFixed(2)} × (${dataScale.large.unloaded.p50Ms.toFixed(2)} vs ${dataScale.small.unloaded.p50Ms.toFixed(2)} ms)`,
      met: ratio <= 1.1,
    });
  }
  return goals;
}

function fmt(value: number): string {
  return value.toFixed(0);
}
