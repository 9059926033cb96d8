/**
 * Bench only, preloaded into every service a compiled run starts
 * (`node --expose-gc --require bench/dist/process/heapProbe.js`): on SIGUSR2
 * the process collects everything it can (two full collections) and writes
 * the heap still in use to `<BENCH_HEAP_PROBE_DIR>/<pid>.json`. The leak check
 * reads it, because resident memory alone cannot tell a heap that keeps
 * something per request from the allocator and SQLite's page cache settling.
 * Until the signal it does nothing.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';

/** What the probe writes. */
export interface HeapReading {
  usedHeapBytes: number;
}

const directory = process.env.BENCH_HEAP_PROBE_DIR;
const collect = (globalThis as { gc?: () => void }).gc;
if (directory && collect) {
  process.on('SIGUSR2', () => {
    collect();
    collect();
    const reading: HeapReading = {
      usedHeapBytes: getHeapStatistics().used_heap_size,
    };
    const file = join(directory, `${process.pid}.json`);
    // Renamed into place, so a reader never sees half a file.
    writeFileSync(`${file}.partial`, JSON.stringify(reading));
    renameSync(`${file}.partial`, file);
  });
}
