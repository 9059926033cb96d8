import { type BenchResults, type GoalResult } from './BenchResults';

type Measured = Omit<BenchResults, 'goals' | 'rows'>;

/** How much a process may grow from one run of the load to the next and still count as flat. */
const LEAK_ALLOWANCE_MIB = 8;
const LEAK_ALLOWANCE_SHARE = 0.05;

/** Judges the run against the targets of docs/targets.md, each with the figure it rests on. */
export function evaluateGoals(results: Measured): GoalResult[] {
  const { loaded, unloaded, cohort } = results;
  const ours = loaded.ours.requestsPerSecond;
  const ownCost = unloaded.ours.p50Ms - unloaded.floor.p50Ms;
  const apolloOwnCost = unloaded.apollo.p50Ms - unloaded.floor.p50Ms;
  const cohortRatio = cohort.unloaded.ours.p50Ms / unloaded.ours.p50Ms;
  const goals: GoalResult[] = [
    throughputGoal(
      'plain @apollo/gateway',
      ours,
      loaded.apollo.requestsPerSecond,
    ),
    throughputGoal('Hive Gateway', ours, loaded.hive.requestsPerSecond),
    {
      goal: "own cost over the floor (p50, 1 connection) ≤ plain @apollo/gateway's (aim 2 ms)",
      figure: `${ms(ownCost)} against ${ms(apolloOwnCost)}`,
      met: ownCost <= apolloOwnCost,
    },
    {
      goal: `${cohort.size}-nominal cohort: constant subgraph fetches (no N+1)`,
      figure: `${cohort.fetches.cohort.total} fetches for ${cohort.size} nominals, ${cohort.fetches.single.total} for 1`,
      met: cohort.fetches.cohort.total === cohort.fetches.single.total,
    },
    {
      goal: `${cohort.size}-nominal cohort p50 ≤ 3 × one nominal's (1 connection)`,
      figure: `${cohortRatio.toFixed(2)} × (${ms(cohort.unloaded.ours.p50Ms)} against ${ms(unloaded.ours.p50Ms)})`,
      met: cohortRatio <= 3,
    },
    {
      goal: `${cohort.size}-nominal cohort p50 ≤ plain @apollo/gateway's on the same cohort`,
      figure: `${ms(cohort.unloaded.ours.p50Ms)} against ${ms(cohort.unloaded.apollo.p50Ms)}`,
      met: cohort.unloaded.ours.p50Ms <= cohort.unloaded.apollo.p50Ms,
    },
    ...judgeDataScale(results),
    judgeLeaks(results),
  ];
  return goals;
}

function throughputGoal(
  other: string,
  ours: number,
  theirs: number,
): GoalResult {
  const ratio = ours / theirs;
  return {
    goal: `throughput at the loaded shape ≥ 1.0 × ${other}`,
    figure: `${ratio.toFixed(3)} × (${ours.toFixed(1)} against ${theirs.toFixed(1)} req/s)`,
    met: ratio >= 1,
  };
}

function judgeDataScale({ dataScale }: Measured): GoalResult[] {
  if (!dataScale) return [];
  const { small, large } = dataScale;
  const ratio = large.unloaded.p50Ms / small.unloaded.p50Ms;
  return [
    {
      goal: `latency flat from ${small.scale} to ${large.scale} nominals (p50, 1 connection, within 1.2 ×)`,
      figure: `${ratio.toFixed(2)} × (${ms(large.unloaded.p50Ms)} against ${ms(small.unloaded.p50Ms)})`,
      met: ratio <= 1.2,
    },
  ];
}

/**
 * Growth is the heap in use after a full collection where the process runs
 * the heap probe (resident memory also moves with the allocator and SQLite's
 * page cache, tens of MiB either way), and resident memory where it does not.
 */
function judgeLeaks({ memory }: Measured): GoalResult {
  const judged = memory.leakCheck.map((check) => ({
    service: check.service,
    kind: check.heap ? 'heap' : 'resident',
    firstMiB: check.heap?.firstMiB ?? check.firstMiB,
    growthMiB: check.heap?.growthMiB ?? check.growthMiB,
  }));
  const grown = judged.filter(
    ({ firstMiB, growthMiB }) =>
      firstMiB !== undefined &&
      growthMiB !== undefined &&
      growthMiB > Math.max(LEAK_ALLOWANCE_MIB, firstMiB * LEAK_ALLOWANCE_SHARE),
  );
  const unknown = judged.every(({ growthMiB }) => growthMiB === undefined);
  const largest = judged.reduce<(typeof judged)[number] | undefined>(
    (most, check) =>
      (check.growthMiB ?? -Infinity) > (most?.growthMiB ?? -Infinity)
        ? check
        : most,
    undefined,
  );
  return {
    goal: `no memory growth across two runs of the same load (within ${LEAK_ALLOWANCE_MIB} MiB or ${LEAK_ALLOWANCE_SHARE * 100}%)`,
    figure: unknown
      ? 'not measured (no /proc)'
      : grown.length === 0
        ? `largest growth ${(largest?.growthMiB ?? 0).toFixed(1)} MiB (${largest?.kind ?? 'resident'}, ${largest?.service ?? ''})`
        : `grew: ${grown.map(({ service, kind, growthMiB }) => `${service} +${(growthMiB ?? 0).toFixed(1)} MiB (${kind})`).join(', ')}`,
    met: !unknown && grown.length === 0,
  };
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}
