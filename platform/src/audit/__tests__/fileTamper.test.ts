import { spawnSync } from 'node:child_process';
import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createFileAuditSink } from '../fileSink';
import { readFileAuditLog } from '../reader';
import { verifyAuditLog, type ChainReport } from '../verifyAuditLog';
import {
  createCapturedLog,
  createInput,
  createInputs,
  createTemporaryDirectory,
  removeDirectory,
  silentLog,
} from './fixtures';

/**
 * Tamper cases on real files written by the sink and changed with fs, as an
 * insider with file access would (docs/audit-design.md#tamper-evidence).
 */
let directory: string;
let path: string;

beforeEach(async () => {
  directory = await createTemporaryDirectory();
  path = join(directory, 'audit-gateway.jsonl');
  const sink = await createFileAuditSink({
    directory,
    service: 'gateway',
    log: silentLog,
  });
  await Promise.all(createInputs(5).map((input) => sink.append(input)));
  await sink.close();
});

afterEach(async () => {
  await removeDirectory(directory);
});

async function readLines(): Promise<string[]> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter((line) => line !== '');
}

async function writeLines(lines: readonly string[]): Promise<void> {
  await writeFile(path, `${lines.join('\n')}\n`);
}

async function verifyDirectory(): Promise<ChainReport> {
  const report = verifyAuditLog(await readFileAuditLog(directory));
  expect(report.chains).toHaveLength(1);
  return report.chains[0] as ChainReport;
}

describe('verifying audit files written by the file sink', () => {
  it('finds the untouched log intact', async () => {
    expect(await verifyDirectory()).toMatchObject({
      location: path,
      result: { ok: true, count: 5 },
    });
  });

  it('detects an edited record (the justification rewritten afterwards)', async () => {
    const lines = await readLines();
    lines[2] = (lines[2] as string).replace(
      'March cohort forum',
      'April cohort forum',
    );
    await writeLines(lines);
    expect(await verifyDirectory()).toMatchObject({
      place: 'line 3',
      result: { ok: false, sequence: 3, index: 2, problem: 'HASH_MISMATCH' },
    });
  });

  it('detects a deleted record', async () => {
    const lines = await readLines();
    lines.splice(1, 1);
    await writeLines(lines);
    expect(await verifyDirectory()).toMatchObject({
      place: 'line 2',
      result: { ok: false, sequence: 3, problem: 'SEQUENCE_GAP' },
    });
  });

  it('detects reordered records', async () => {
    const lines = await readLines();
    [lines[3], lines[4]] = [lines[4] as string, lines[3] as string];
    await writeLines(lines);
    expect(await verifyDirectory()).toMatchObject({
      place: 'line 4',
      result: { ok: false, sequence: 5, problem: 'SEQUENCE_OUT_OF_ORDER' },
    });
  });

  it('detects a log truncated mid-record', async () => {
    const { length } = await readFile(path);
    await truncate(path, length - 40);
    expect(await verifyDirectory()).toMatchObject({
      place: 'line 5',
      result: { ok: false, sequence: 5, index: 4, problem: 'TRUNCATED' },
    });
  });

  it('detects a line that is no longer an audit record', async () => {
    const lines = await readLines();
    lines[1] = '{"note":"overwritten"}';
    await writeLines(lines);
    expect(await verifyDirectory()).toMatchObject({
      place: 'line 2',
      result: { ok: false, sequence: 2, problem: 'MALFORMED' },
    });
  });
});

describe('restarting the file sink on a damaged log', () => {
  it('refuses to start on a torn last line, naming the file', async () => {
    const { length } = await readFile(path);
    await truncate(path, length - 40);
    await expect(
      createFileAuditSink({ directory, service: 'gateway', log: silentLog }),
    ).rejects.toThrow(`audit log ${path} is damaged: the last line is torn`);
  });

  it('refuses to start on an edited last record', async () => {
    const lines = await readLines();
    lines[4] = (lines[4] as string).replace('"SUCCESS"', '"DENIED"');
    await writeLines(lines);
    await expect(
      createFileAuditSink({ directory, service: 'gateway', log: silentLog }),
    ).rejects.toThrow('the last record (sequence 5) was edited');
  });

  it('with the quarantine policy, moves a torn tail aside and continues from the last whole record', async () => {
    const { length } = await readFile(path);
    await truncate(path, length - 40);
    const captured = createCapturedLog();
    const sink = await createFileAuditSink({
      directory,
      service: 'gateway',
      log: captured.log,
      onTornTail: 'quarantine',
    });
    await expect(sink.append(createInput())).resolves.toMatchObject({
      sequence: 5,
    });
    await sink.close();
    const quarantined = (await readdir(directory)).filter((name) =>
      name.includes('.torn-'),
    );
    expect(quarantined).toHaveLength(1);
    expect(captured.text()).toContain('moved it aside');
    expect((await verifyDirectory()).result).toMatchObject({
      ok: true,
      count: 5,
    });
  });

  it('takes over a lock left by a process that died', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid as number;
    await writeFile(
      `${path}.lock`,
      JSON.stringify({ pid: dead, host: hostname() }),
    );
    const sink = await createFileAuditSink({
      directory,
      service: 'gateway',
      log: silentLog,
    });
    await expect(sink.append(createInput())).resolves.toMatchObject({
      sequence: 6,
    });
    await sink.close();
  });
});
