import { type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '@marsoc/platform';
import { type HeapReading } from './heapProbe';

/** The node arguments that preload the heap probe (compiled runs only: tsx runs have no bench/dist). */
export function heapProbeArguments(): string[] {
  return [
    '--expose-gc',
    '--require',
    join(PROJECT_ROOT, 'bench', 'dist', 'process', 'heapProbe.js'),
  ];
}

/**
 * Asks a process started with the heap probe for its heap in use after a
 * full collection, in bytes; undefined if it does not answer within
 * `timeoutMs` (it has stopped, or runs without the probe).
 */
export async function readHeapInUse(
  child: ChildProcess,
  directory: string,
  timeoutMs = 10_000,
): Promise<number | undefined> {
  if (child.pid === undefined || child.exitCode !== null) return undefined;
  const file = join(directory, `${child.pid}.json`);
  rmSync(file, { force: true });
  child.kill('SIGUSR2');
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline || child.exitCode !== null) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const reading = JSON.parse(readFileSync(file, 'utf8')) as HeapReading;
  return reading.usedHeapBytes;
}
