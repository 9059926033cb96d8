import { type FetchCount } from '../counting/countFetches';
import { type Measurement } from '../load/Measurement';
import { type MaybeSinkMeasurement } from '../phases/runComparison';
import { formatPolicyResults } from '../policyDecision';
import { type BenchResults } from './BenchResults';
import { formatMemory } from './formatMemory';
import { judgeMachineBusy } from './judgeMachineBusy';
import { formatMissingRow, formatRow, TABLE_HEADER } from './formatTable';

/** The run as a person reads it: one table per section, every figure with its unit, ratios beside. */
export function formatReport(results: BenchResults): string {
  return [
    ...formatHeader(results),
    ...formatSingle(results),
    ...formatCohort(results),
    ...formatDataScale(results.dataScale),
    ...formatAudit(results.audit),
    ...formatMemory(results.memory),
    '',
    ...formatPolicyResults(results.policy),
    '',
    'Goals (docs/targets.md)',
    ...results.goals.map(
      (goal) =>
        `  [${goal.met ? 'met ' : 'MISS'}] ${goal.goal}: ${goal.figure}`,
    ),
    ...formatBusyWarning(results),
    '',
  ].join('\n');
}

function formatHeader(results: BenchResults): string[] {
  const { startedAt, settings, machine, tookSeconds } = results;
  return [
    '',
    `MARSOC gateway benchmark, ${startedAt}, ${(tookSeconds / 60).toFixed(1)} min${settings.quick ? ' (QUICK: smoke run, figures are rough)' : ''}`,
    `machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}; everything on this one machine`,
    `services: ${settings.runtime === 'compiled' ? 'compiled (npm run build, node --conditions=marsoc-dist)' : 'TypeScript through tsx (--tsx)'}`,
    `load average (1/5/15 min): ${formatLoad(machine.loadAverage.before)} at start, ${formatLoad(machine.loadAverage.after)} at end; ` +
      `other processes used ${formatShare(machine.otherWorkShare)} of the CPU during the run`,
    `load: ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s measured per row; DATA_SCALE ${settings.dataScale}; ` +
      'query: subject profile (4 subgraphs), of NOM-00001 or of the first 100 nominals',
    ...formatBusyWarning(results),
  ];
}

function formatBusyWarning({ machine }: BenchResults): string[] {
  const busy = judgeMachineBusy(machine);
  if (!busy) return [];
  return [
    `WARNING: the machine was busy (${busy.kind === 'share' ? `${formatShare(busy.share)} of the CPU went to other processes` : `load ${formatLoad(busy.loadBefore)} at start`}); ` +
      'every figure is skewed. Run again on an idle machine before reading them.',
  ];
}

function formatSingle({ loaded, unloaded }: BenchResults): string[] {
  const ownCost = (measurement: Measurement) =>
    `${(measurement.p50Ms - unloaded.floor.p50Ms).toFixed(2)} ms`;
  return [
    '',
    `Single-nominal picture at ${loaded.ours.connections} connections`,
    TABLE_HEADER,
    formatRow('our gateway (everything on)', loaded.ours),
    formatRow('plain @apollo/gateway + @apollo/server', loaded.apollo),
    formatRow('Hive Gateway (gateway-runtime)', loaded.hive),
    formatRow("floor: the plan's fetches sent directly", loaded.floor),
    `  throughput: ours ${ratio(loaded.ours.requestsPerSecond, loaded.apollo.requestsPerSecond)} × plain Apollo, ` +
      `${ratio(loaded.ours.requestsPerSecond, loaded.hive.requestsPerSecond)} × Hive, ` +
      `${ratio(loaded.ours.requestsPerSecond, loaded.floor.requestsPerSecond)} × the floor`,
    '',
    'Single-nominal picture at 1 connection (latency without queueing)',
    TABLE_HEADER,
    formatRow('our gateway', unloaded.ours),
    formatRow('plain @apollo/gateway', unloaded.apollo),
    formatRow('Hive Gateway', unloaded.hive),
    formatRow('floor', unloaded.floor),
    `  own cost (p50 − floor p50): ours ${ownCost(unloaded.ours)}, plain Apollo ${ownCost(unloaded.apollo)}, Hive ${ownCost(unloaded.hive)}`,
  ];
}

function formatCohort({ cohort, unloaded }: BenchResults): string[] {
  const { loaded: heavy, unloaded: light } = cohort;
  return [
    '',
    `Cohort of ${cohort.size} nominals (one answer: ${(cohort.answerBytes / 1024).toFixed(0)} KiB)`,
    `  subgraph fetches per operation: 1 nominal ${describeFetches(cohort.fetches.single)}`,
    `  subgraph fetches per operation: ${cohort.size} nominals ${describeFetches(cohort.fetches.cohort)}`,
    TABLE_HEADER,
    formatRow(`our gateway, ${heavy.ours.connections} conn.`, heavy.ours),
    formatRow(
      `plain @apollo/gateway, ${heavy.apollo.connections} conn.`,
      heavy.apollo,
    ),
    formatRow(`floor, ${heavy.floor.connections} conn.`, heavy.floor),
    formatRow('our gateway, 1 conn.', light.ours),
    formatRow('plain @apollo/gateway, 1 conn.', light.apollo),
    formatRow('floor, 1 conn.', light.floor),
    `  at 1 connection: ours ${ratio(light.ours.p50Ms, unloaded.ours.p50Ms)} × one nominal's p50, ` +
      `${ratio(light.ours.p50Ms, light.apollo.p50Ms)} × plain Apollo's cohort p50; ` +
      `throughput at ${heavy.ours.connections}: ${ratio(heavy.ours.requestsPerSecond, heavy.apollo.requestsPerSecond)} × plain Apollo`,
  ];
}

function formatDataScale(dataScale: BenchResults['dataScale']): string[] {
  if (!dataScale) return ['', 'Data scale: not run (--no-data-scale)'];
  const { small, large } = dataScale;
  return [
    '',
    'Data scale (our gateway, single-nominal picture)',
    TABLE_HEADER,
    formatRow(
      `${small.scale} nominals, ${small.loaded.connections} conn.`,
      small.loaded,
    ),
    formatRow(
      `${large.scale} nominals, ${large.loaded.connections} conn.`,
      large.loaded,
    ),
    formatRow(`${small.scale} nominals, 1 conn.`, small.unloaded),
    formatRow(`${large.scale} nominals, 1 conn.`, large.unloaded),
    `  p50 at 1 connection: ${ratio(large.unloaded.p50Ms, small.unloaded.p50Ms)} × from ${small.scale} to ${large.scale} nominals`,
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

function ratio(a: number, b: number): string {
  return (a / b).toFixed(2);
}

function formatLoad(load: readonly number[]): string {
  return load.map((value) => value.toFixed(1)).join('/');
}

function formatShare(share: number | undefined): string {
  return share === undefined
    ? 'an unknown share'
    : `${(share * 100).toFixed(0)}%`;
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
