/**
 * Bench only: one subgraph from two builds (two checkouts, each after
 * `npm run build`), both answering the police fetch of the 100-nominal cohort
 * in turn, one request at a time, so the machine's load weighs on both alike.
 * Prints each build's median and the median of the paired differences.
 * With PROFILE_DIR set, both processes run under `node --cpu-prof`.
 * Usage: tsx bench/src/profile/compareSubgraphBuilds.ts <tree A> <tree B> [rounds]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALLER_CONTEXT_HEADER } from '@marsoc/schema/wire';
import { BENCH_PURPOSE, loadBenchCaller } from '../query/benchCaller';
import { isReady } from '../process/isReady';
import { createBenchCallerContexts } from '../system/benchCallerContexts';
import { prepareDataDirectory } from '../system/prepareDataDirectory';
import {
  createPictureFetchBody,
  createSubgraphEnvironment,
} from './subgraphPictureFetch';

const body = createPictureFetchBody('police', 100);

interface Build {
  tree: string;
  data: string;
  port: number;
  child: ChildProcess;
  sign(): Promise<string>;
  latencies: number[];
}

async function startBuild(tree: string, port: number): Promise<Build> {
  const data = mkdtempSync(join(tmpdir(), 'marsoc-ab-'));
  const prepared = await prepareDataDirectory(data);
  const profile = process.env.PROFILE_DIR;
  const log = openSync(join(data, 'police.log'), 'a');
  const child = spawn(
    process.execPath,
    [
      '--conditions=marsoc-dist',
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
      join(tree, 'subgraphs/police/dist/main.js'),
    ],
    {
      cwd: tree,
      stdio: ['ignore', log, log],
      env: createSubgraphEnvironment(data, 'POLICE_PORT', port),
    },
  );
  while (!(await isReady(port, 'health'))) {
    if (child.exitCode !== null) throw new Error(`${tree}: police exited`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const contexts = await createBenchCallerContexts(prepared.directory, {
    caller: loadBenchCaller(),
    purpose: BENCH_PURPOSE,
    requestId: 'bench-ab',
  });
  return {
    tree,
    data,
    port,
    child,
    sign: () => contexts.headerForBody('police', body),
    latencies: [],
  };
}

async function ask(build: Build): Promise<{ ms: number; text: string }> {
  const header = await build.sign();
  const started = process.hrtime.bigint();
  const response = await fetch(`http://127.0.0.1:${build.port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [CALLER_CONTEXT_HEADER]: header,
    },
    body,
  });
  const text = await response.text();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (response.status !== 200)
    throw new Error(`${build.tree}: ${response.status} ${text.slice(0, 300)}`);
  return { ms, text };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const [treeA, treeB, roundsText] = process.argv.slice(2);
  if (!treeA || !treeB) throw new Error('usage: <tree A> <tree B> [rounds]');
  const rounds = Number(roundsText ?? 200);
  const base = Number(process.env.BENCH_BASE_PORT ?? 18000);
  const buildA = await startBuild(treeA, base + 10);
  const buildB = await startBuild(treeB, base + 11);
  const builds = [buildA, buildB];
  try {
    const [answerA, answerB] = [await ask(buildA), await ask(buildB)];
    if (answerA.text !== answerB.text)
      console.log('NOTE: the two builds answer differently (first answers)');
    console.log(`answer: ${answerA.text.length} bytes`);
    for (let round = 0; round < 20; round += 1)
      for (const build of builds) await ask(build);
    const differences: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? [buildA, buildB] : [buildB, buildA];
      for (const build of order) build.latencies.push((await ask(build)).ms);
      differences.push(
        (buildB.latencies.at(-1) ?? 0) - (buildA.latencies.at(-1) ?? 0),
      );
    }
    for (const build of builds)
      console.log(
        `${build.tree}: median ${median(build.latencies).toFixed(2)} ms over ${build.latencies.length}`,
      );
    console.log(
      `B - A paired median ${median(differences).toFixed(2)} ms; B/A medians ${(median(buildB.latencies) / median(buildA.latencies)).toFixed(3)}`,
    );
  } finally {
    for (const build of builds) build.child.kill('SIGTERM');
    await Promise.all(
      builds.map(
        (build) =>
          new Promise((resolve) => {
            if (build.child.exitCode !== null) resolve(undefined);
            else build.child.once('exit', resolve);
          }),
      ),
    );
    for (const build of builds)
      rmSync(build.data, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
