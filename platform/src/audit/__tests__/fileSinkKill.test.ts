import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createFileAuditSink } from '../fileSink';
import { readFileAuditLog } from '../reader';
import { verifyChain } from '../verifyChain';
import { verifyAuditLog } from '../verifyAuditLog';
import {
  createInput,
  createTemporaryDirectory,
  removeDirectory,
  silentLog,
} from './fixtures';

/** docs/targets.md#reliability: zero audit records lost when a process is killed mid-load. */
let directory: string;

beforeEach(async () => {
  directory = await createTemporaryDirectory();
});

afterEach(async () => {
  await removeDirectory(directory);
});

/** Runs the appending child until it has acknowledged `count` records, then SIGKILLs it. */
async function appendThenKill(count: number): Promise<number[]> {
  const child = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('tsx/cjs'),
      join(__dirname, 'appendUntilKilled.ts'),
      directory,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const acknowledged: number[] = [];
  let buffered = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => resolve()),
  );
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    acknowledged.push(...lines.map(Number));
    if (acknowledged.length >= count) child.kill('SIGKILL');
  });
  await exited;
  expect(errors).toBe('');
  return acknowledged;
}

describe('the file sink killed mid-load', () => {
  it('loses no acknowledged record, and a restarted sink continues the chain', async () => {
    const acknowledged = await appendThenKill(500);
    expect(acknowledged.length).toBeGreaterThanOrEqual(500);

    const [source] = await readFileAuditLog(directory);
    const stored = new Set(source?.records.map((record) => record.sequence));
    expect(acknowledged.filter((sequence) => !stored.has(sequence))).toEqual(
      [],
    );
    // Only a torn tail of never-acknowledged bytes may follow the intact chain.
    const intact = source?.records.slice(0, source.unreadable?.position) ?? [];
    expect(verifyChain(intact)).toMatchObject({ ok: true });

    const sink = await createFileAuditSink({
      directory,
      service: 'gateway',
      log: silentLog,
      onTornTail: 'quarantine',
    });
    const record = await sink.append(createInput());
    await sink.close();
    expect(record.sequence).toBe(intact.length + 1);
    expect(verifyAuditLog(await readFileAuditLog(directory)).ok).toBe(true);
  });
});
