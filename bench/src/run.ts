/**
 * `npm run bench`: on this machine, in one run, the subject-profile picture
 * (one nominal and a cohort of 100) through our gateway with everything on,
 * plain @apollo/gateway, Hive Gateway and the subgraphs called directly; the
 * population from 10^3 to 10^5 nominals; the audit sinks; each service's
 * memory and a leak check; and the policy engine in process. The figures go
 * to a JSON file that `--compare` reads back. `--quick` is a smoke run,
 * `--profile single|cohort` profiles our system instead (bench/README.md).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  readBenchOptions,
  type BenchOptions,
} from './options/readBenchOptions';
import { runProfile } from './phases/runProfile';
import { runSystemBench } from './phases/runSystemBench';
import { runPolicyBenchmark } from './policyDecision';
import { usePortRange } from './process/findFreePort';
import { ProcessGroup } from './process/ProcessGroup';
import { readMachineBusySeconds } from './process/readProcessResources';
import { prepareRuntime } from './process/serviceRuntime';
import { type BenchResults } from './report/BenchResults';
import { formatComparison, readEarlierRows } from './report/compareResults';
import { evaluateGoals } from './report/evaluateGoals';
import { formatReport } from './report/formatReport';
import { listRows } from './report/listRows';

async function main(): Promise<void> {
  const options = readBenchOptions(process.argv.slice(2), process.env);
  usePortRange(options.ports);
  // Read first, so that a bad file stops the run before it has measured anything.
  const earlier = options.compareFile
    ? readEarlierRows(options.compareFile)
    : undefined;
  const root = mkdtempSync(join(tmpdir(), 'marsoc-bench-'));
  const logs = join(root, 'logs');
  mkdirSync(logs, { recursive: true });
  const report = (line: string): void => console.log(line);
  report(`Bench run in ${root} (service logs in ${logs})`);
  if (options.runtime === 'compiled') report('Building (npm run build) ...');
  const built = prepareRuntime(options.runtime, join(logs, 'build.log'));
  if (options.runtime === 'compiled')
    report(`  built in ${built.toFixed(1)} s.`);
  try {
    if (options.profile) {
      report(
        (await runProfile(options, options.profile, root, report)).join('\n'),
      );
      return;
    }
    const heapProbes = join(root, 'heap');
    mkdirSync(heapProbes, { recursive: true });
    const group = new ProcessGroup({
      logDirectory: logs,
      runtime: options.runtime,
      heapProbeDirectory: heapProbes,
    });
    const stopOnSignal = (): void => {
      void group.stopAll().then(() => process.exit(130));
    };
    process.once('SIGINT', stopOnSignal);
    process.once('SIGTERM', stopOnSignal);
    try {
      const results = await measureEverything(options, root, group, report);
      report(formatReport(results));
      if (earlier) report(formatComparison(earlier, results.rows).join('\n'));
      const out = resolve(options.outFile ?? join(root, 'latest.json'));
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
      report(`Figures written to ${out}`);
    } finally {
      await group.stopAll();
    }
  } finally {
    if (!options.keepData) {
      for (const data of ['main', 'large'])
        rmSync(join(root, data), { recursive: true, force: true });
    }
  }
}

async function measureEverything(
  options: BenchOptions,
  root: string,
  group: ProcessGroup,
  report: (line: string) => void,
): Promise<BenchResults> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const loadBefore = loadavg();
  const busyBefore = readMachineBusySeconds();
  const ownBefore = process.cpuUsage();
  const system = await runSystemBench(options, root, group, report);
  report('Policy engine micro-benchmark (in process) ...');
  const policy = await runPolicyBenchmark({
    calls: options.policyCalls,
    pictureRuns: options.pictureRuns,
  });
  const tookSeconds = (Date.now() - started) / 1000;
  const [cpu] = cpus();
  const measured = {
    startedAt,
    tookSeconds,
    machine: {
      cpus: cpus().length,
      cpuModel: cpu?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: process.platform,
      loadAverage: { before: loadBefore, after: loadavg() },
      otherWorkShare: measureOtherWork(
        busyBefore,
        ownBefore,
        group,
        tookSeconds,
      ),
    },
    settings: {
      quick: options.quick,
      runtime: options.runtime,
      connections: options.connections,
      warmupSeconds: options.warmupSeconds,
      durationSeconds: options.durationSeconds,
      dataScale: options.dataScale,
    },
    ...system,
    policy,
  };
  return {
    ...measured,
    goals: evaluateGoals(measured),
    rows: listRows(measured),
  };
}

/**
 * The share of the machine's CPU time during the run that went to processes
 * other than the bench and the services it started: on an idle machine close
 * to 0, and the figures of a run well above it are skewed.
 */
function measureOtherWork(
  busyBefore: number | undefined,
  ownBefore: NodeJS.CpuUsage,
  group: ProcessGroup,
  seconds: number,
): number | undefined {
  const busyAfter = readMachineBusySeconds();
  if (busyBefore === undefined || busyAfter === undefined) return undefined;
  const own = process.cpuUsage(ownBefore);
  const ours = group.cpuSeconds() + (own.user + own.system) / 1e6;
  const other = busyAfter - busyBefore - ours;
  return Math.max(0, other / (seconds * cpus().length));
}

main().catch((error: unknown) => {
  console.error(
    `bench failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
