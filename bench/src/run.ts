/**
 * `npm run bench`: on this machine, in one run, the subject-profile picture
 * through our gateway (everything on), plain @apollo/gateway, Hive Gateway and
 * the subgraphs called directly; the audit sinks; the cohort and (with
 * --data-scale) the population size; and the policy engine in process.
 * `npm run bench -- --quick` is a smoke run of about a minute.
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
import { usePortRange } from './process/findFreePort';
import { runPolicyBenchmark } from './policyDecision';
import { ProcessGroup } from './process/ProcessGroup';
import { type BenchResults } from './report/BenchResults';
import { evaluateGoals } from './report/evaluateGoals';
import { formatReport } from './report/formatReport';

async function main(): Promise<void> {
  const options = readBenchOptions(process.argv.slice(2), process.env);
  usePortRange(options.ports);
  const root = mkdtempSync(join(tmpdir(), 'marsoc-bench-'));
  const logs = join(root, 'logs');
  mkdirSync(logs, { recursive: true });
  const group = new ProcessGroup(logs);
  const stopOnSignal = (): void => {
    void group.stopAll().then(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  const report = (line: string): void => console.log(line);
  report(`Bench run in ${root} (service logs in ${logs})`);
  if (options.profile) {
    try {
      console.log(
        (await runProfile(options, options.profile, root, report)).join('\n'),
      );
    } finally {
      if (!options.keepData)
        rmSync(join(root, 'main'), { recursive: true, force: true });
    }
    return;
  }
  try {
    const results = await measureEverything(options, root, group, report);
    console.log(formatReport(results));
    const out = resolve(options.outFile ?? join(root, 'latest.json'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    report(`Figures written to ${out}`);
  } finally {
    await group.stopAll();
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
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg();
  const system = await runSystemBench(options, root, group, report);
  report('Policy engine micro-benchmark (in process) ...');
  const policy = await runPolicyBenchmark({
    calls: options.policyCalls,
    pictureRuns: options.pictureRuns,
  });
  const [cpu] = cpus();
  const measured = {
    startedAt,
    machine: {
      cpus: cpus().length,
      cpuModel: cpu?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: process.platform,
      loadAverage: { before: loadBefore, after: loadavg() },
    },
    settings: {
      quick: options.quick,
      connections: options.connections,
      warmupSeconds: options.warmupSeconds,
      durationSeconds: options.durationSeconds,
      dataScale: options.dataScale,
    },
    ...system,
    policy,
  };
  return { ...measured, goals: evaluateGoals(measured) };
}

main().catch((error: unknown) => {
  console.error(
    `bench failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
