import { type FetchCount } from '../counting/countFetches';
import { type Measurement } from '../load/Measurement';
import { type MaybeSinkMeasurement } from '../phases/runComparison';
import { formatPolicyResults } from '../policyDecision';
import { type BenchResults } from './BenchResults';
import { formatMissingRow, formatRow, TABLE_HEADER } from './formatTable';

/** The run as a person reads it: one table per section, every figure with its unit. */
export function formatReport(results: BenchResults): string {
  return [
    ...formatHeader(results),
    ...formatComparison(results),
    ...formatAudit(results.audit),
    ...formatCohort(results),
    ...formatDataScale(results.dataScale),
    '',
    ...formatPolicyResults(results.policy),
    '',
    'Goals (docs/targets.md)',
    ...results.goals.map(
      (goal) =>
        `  [${goal.met ? 'met ' : 'MISS'}] ${goal.goal}: ${goal.figure}`,
    ),
    '',
  ].join('\n');
}

function formatHeader({
  startedAt,
  settings,
  machine,
}: BenchResults): string[] {
  // The bench itself keeps the machine busy; only the load before it says something else ran.
  const busy = (machine.loadAverage.before[0] ?? 0) > 1;
  return [
    '',
    `MARSOC gateway benchmark, ${startedAt}${settings.quick ? ' (QUICK: smoke run, figures are rough)' : ''}`,
    `machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}; everything on this one machine`,
    `load average (1/5/15 min): ${formatLoad(machine.loadAverage.before)} at start, ${formatLoad(machine.loadAverage.after)} at end` +
      (busy
        ? ' — other work was running before the bench began: figures are skewed'
        : ''),
    `load: ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s measured per row; DATA_SCALE ${settings.dataScale}; ` +
      'query: subject profile of NOM-00001 (4 subgraphs)',
  ];
}

function formatComparison({ loaded, unloaded }: BenchResults): string[] {
  const ratio = (ours: Measurement, other: Measurement) =>
    (ours.requestsPerSecond / other.requestsPerSecond).toFixed(3);
  return [
    '',
    `Single-nominal picture at ${loaded.ours.connections} connections`,
    TABLE_HEADER,
    formatRow(
      'our gateway (token, purpose, context, audit: file)',
      loaded.ours,
    ),
    formatRow('plain @apollo/gateway + @apollo/server', loaded.apollo),
    formatRow('Hive Gateway (gateway-runtime)', loaded.hive),
    formatRow('floor: subgraphs called directly', loaded.floor),
    '',
    'Single-nominal picture at 1 connection (latency without queueing)',
    TABLE_HEADER,
    formatRow('our gateway', unloaded.ours),
    formatRow('plain @apollo/gateway', unloaded.apollo),
    formatRow('Hive Gateway', unloaded.hive),
    formatRow('floor', unloaded.floor),
    '',
    `Ratios: ours/apollo throughput ${ratio(loaded.ours, loaded.apollo)} ×, ours/Hive ${ratio(loaded.ours, loaded.hive)} ×; ` +
      `ours p50 − floor p50: ${(unloaded.ours.p50Ms - unloaded.floor.p50Ms).toFixed(2)} ms at 1 connection, ` +
      `${(loaded.ours.p50Ms - loaded.floor.p50Ms).toFixed(2)} ms at ${loaded.ours.connections}`,
  ];
}

function formatAudit(audit: BenchResults['audit']): string[] {
  return [
    '',
    'Audit sink (our gateway and all four subgraphs write to it)',
    TABLE_HEADER,
    ...formatSink('file (fsync, group commit)', {
      measured: true,
      ...audit.file,
    }),
    ...formatSink('redis', audit.redis),
    ...formatSink('off (bench-only no-op sink)', audit.off),
  ];
}

function formatSink(label: string, maybe: MaybeSinkMeasurement): string[] {
  if (!maybe.measured) return [formatMissingRow(label, maybe.reason)];
  return [
    formatRow(`${label}, ${maybe.loaded.connections} conn.`, maybe.loaded),
    formatRow(`${label}, ${maybe.unloaded.connections} conn.`, maybe.unloaded),
  ];
}

function formatCohort({ cohort, loaded, unloaded }: BenchResults): string[] {
  const ratio = (cohortP50: number, singleP50: number) =>
    (cohortP50 / singleP50).toFixed(2);
  return [
    '',
    `Cohort of ${cohort.size} nominals (one answer: ${(cohort.answerBytes / 1024).toFixed(0)} KiB)`,
    `  subgraph fetches per operation: 1 nominal ${describeFetches(cohort.fetches.single)}`,
    `  subgraph fetches per operation: ${cohort.size} nominals ${describeFetches(cohort.fetches.cohort)}`,
    TABLE_HEADER,
    formatRow(
      `cohort at ${cohort.loaded.connections} connections`,
      cohort.loaded,
    ),
    formatRow('cohort at 1 connection', cohort.unloaded),
    `  cohort p50 / single p50: ${ratio(cohort.unloaded.p50Ms, unloaded.ours.p50Ms)} × at 1 connection, ` +
      `${ratio(cohort.loaded.p50Ms, loaded.ours.p50Ms)} × at ${cohort.loaded.connections}`,
  ];
}

function formatDataScale(dataScale: BenchResults['dataScale']): string[] {
  if (!dataScale)
    return [
      '',
      'Data scale: not run (add --data-scale to seed and measure 10^5 nominals)',
    ];
  const { small, large } = dataScale;
  return [
    '',
    'Data scale (our gateway, single-nominal picture)',
    TABLE_HEADER,
    formatRow(
      `${small.scale} nominals, ${small.loaded.connections} connections`,
      small.loaded,
    ),
    formatRow(
      `${large.scale} nominals, ${large.loaded.connections} connections`,
      large.loaded,
    ),
    formatRow(`${small.scale} nominals, 1 connection`, small.unloaded),
    formatRow(`${large.scale} nominals, 1 connection`, large.unloaded),
  ];
}

function formatLoad(load: readonly number[]): string {
  return load.map((value) => value.toFixed(1)).join('/');
}

function describeFetches(count: FetchCount): string {
  const parts = Object.entries(count.perSubgraph)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([subgraph, fetches]) => {
      const entities = count.representations[subgraph];
      return `${subgraph} ${fetches}${entities ? ` (${entities} entities)` : ''}`;
    });
  return `${count.total} (${parts.join(', ')})`;
}
