/**
 * Bench only: one agency subgraph (police unless named) started in this process (as its entry
 * starts it), the same load run several times over HTTP, and after each run,
 * with a full collection forced, its heap (what JavaScript holds) beside its
 * resident set (what the allocator and SQLite hold too). Heap that grows from
 * run to run is a leak; resident memory that grows while the heap does not is
 * the allocator or SQLite's page cache settling. Run with node --expose-gc:
 * node --expose-gc --import tsx bench/src/profile/watchSubgraphMemory.ts [subgraph] [runs] [requests]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { startSubgraphService } from '@marsoc/platform';
import { SUBGRAPH_SERVICES } from '@marsoc/subgraphs';
import { CALLER_CONTEXT_HEADER } from '@marsoc/schema/wire';
import { BENCH_PURPOSE, loadBenchCaller } from '../query/benchCaller';
import { createBenchCallerContexts } from '../system/benchCallerContexts';
import { prepareDataDirectory } from '../system/prepareDataDirectory';
import {
  createPictureFetchBody,
  createSubgraphEnvironment,
} from './subgraphPictureFetch';

function mib(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1).padStart(7);
}

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'police';
  const runs = Number(process.argv[3] ?? 4);
  const requests = Number(process.argv[4] ?? 200);
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  const data = mkdtempSync(join(tmpdir(), 'marsoc-memory-'));
  const port = Number(process.env.BENCH_BASE_PORT ?? 18000) + 20;
  const prepared = await prepareDataDirectory(data);
  const service = SUBGRAPH_SERVICES.find((each) => each.name === name);
  if (!service) throw new Error(`no subgraph service ${name}`);
  const { server } = await startSubgraphService({
    ...service,
    env: createSubgraphEnvironment(data, service.portVariable, port),
  });
  const contexts = await createBenchCallerContexts(prepared.directory, {
    caller: loadBenchCaller(),
    purpose: BENCH_PURPOSE,
    requestId: 'bench-memory',
  });
  const bodies = [
    createPictureFetchBody(name, 1),
    createPictureFetchBody(name, 100),
  ];
  const sample = (label: string): void => {
    collect();
    collect();
    const heap = getHeapStatistics();
    const usage = process.memoryUsage();
    console.log(
      `${label.padEnd(10)} heap used ${mib(heap.used_heap_size)} MiB, heap total ${mib(heap.total_heap_size)}, ` +
        `external ${mib(usage.external)}, array buffers ${mib(usage.arrayBuffers)}, rss ${mib(usage.rss)} MiB`,
    );
  };
  sample('seeded');
  try {
    for (let run = 1; run <= runs; run += 1) {
      for (let index = 0; index < requests; index += 1) {
        const body = bodies[index % bodies.length] ?? '';
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [CALLER_CONTEXT_HEADER]: await contexts.headerForBody(name, body),
          },
          body,
        });
        await response.arrayBuffer();
        if (response.status !== 200)
          throw new Error(`${name} answered ${response.status}`);
      }
      sample(`run ${run}`);
    }
  } finally {
    server.close();
    server.closeAllConnections();
    rmSync(data, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
