import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileAuditSink } from '../fileSink';
import { readFileAuditLog } from '../reader';
import { type AuditSink } from '../types';
import { verifyAuditLog } from '../verifyAuditLog';
import {
  createCapturedLog,
  createInput,
  createInputs,
  createTemporaryDirectory,
  removeDirectory,
  silentLog,
} from './fixtures';
import {
  createObservedFileSystem,
  waitUntil,
} from '../../testing/fileSystemDoubles';

let directory: string;
const open: AuditSink[] = [];

beforeEach(async () => {
  directory = await createTemporaryDirectory();
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((sink) => sink.close()));
  await removeDirectory(directory);
});

async function openSink(
  options: Partial<Parameters<typeof createFileAuditSink>[0]> = {},
): Promise<AuditSink> {
  const sink = await createFileAuditSink({
    directory,
    service: 'gateway',
    log: silentLog,
    ...options,
  });
  open.push(sink);
  return sink;
}

async function closeSink(sink: AuditSink): Promise<void> {
  open.splice(open.indexOf(sink), 1);
  await sink.close();
}

describe('createFileAuditSink', () => {
  it('writes one JSON line per record to audit-<service>.jsonl, readable only by its owner', async () => {
    const sink = await openSink();
    const record = await sink.append(createInput());
    const path = join(directory, 'audit-gateway.jsonl');
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] as string)).toEqual(record);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('continues the chain where the file ends when it starts again', async () => {
    const first = await openSink();
    await first.append(createInput());
    await closeSink(first);
    const second = await openSink();
    const record = await second.append(createInput({ requestId: 'req-0002' }));
    expect(record.sequence).toBe(2);
    const report = verifyAuditLog(await readFileAuditLog(directory));
    expect(report).toMatchObject({
      ok: true,
      chains: [{ chainId: 'gateway', result: { count: 2 } }],
    });
  });

  it('resolves an append only after its bytes were fsynced', async () => {
    const fileSystem = createObservedFileSystem();
    const sink = await openSink({ fileSystem });
    fileSystem.holdSyncs();
    let resolved = false;
    const appended = sink.append(createInput()).then((record) => {
      resolved = true;
      fileSystem.events.push('resolved');
      return record;
    });
    await waitUntil(() => fileSystem.events.includes('sync-start'));
    for (let turn = 0; turn < 20; turn += 1)
      await new Promise((resolve) => setImmediate(resolve));
    expect(resolved).toBe(false);
    fileSystem.releaseSyncs();
    await appended;
    expect(fileSystem.events).toEqual([
      'append',
      'sync-start',
      'sync-done',
      'resolved',
    ]);
  });

  it('group-commits concurrent appends into few fsyncs, keeping one linear chain', async () => {
    const fileSystem = createObservedFileSystem();
    const sink = await openSink({ fileSystem });
    fileSystem.holdSyncs();
    const appends = createInputs(50).map((input) => sink.append(input));
    await waitUntil(() => fileSystem.syncCalls() === 1);
    fileSystem.releaseSyncs();
    const records = await Promise.all(appends);
    expect(records.map((record) => record.sequence)).toEqual(
      records.map((_, index) => index + 1),
    );
    expect(fileSystem.syncCalls()).toBe(2);
    expect(verifyAuditLog(await readFileAuditLog(directory)).ok).toBe(true);
  });

  it('refuses an input with an unexpected property and logs its name, never its value', async () => {
    const captured = createCapturedLog();
    const sink = await openSink({ log: captured.log });
    const smuggled = { ...createInput(), address: '12 Acacia Avenue' };
    await expect(sink.append(smuggled)).rejects.toThrow('input.address');
    expect(captured.text()).toContain('input.address');
    expect(captured.text()).not.toContain('Acacia');
    await expect(sink.append(createInput())).resolves.toMatchObject({
      sequence: 1,
    });
  });

  it("refuses a record for another service's chain", async () => {
    const sink = await openSink();
    await expect(
      sink.append(createInput({ service: 'police' })),
    ).rejects.toThrow('input.service');
  });

  it('fails closed when its directory cannot be written', async () => {
    // chmod stops no one running as root, so then the directory is put under a
    // regular file, where creating it must fail for anyone.
    const runsAsRoot = process.getuid?.() === 0;
    let unwritable = join(directory, 'read-only');
    if (runsAsRoot) {
      await writeFile(join(directory, 'plain-file'), 'x');
      unwritable = join(directory, 'plain-file', 'audit');
    } else {
      await mkdir(unwritable, { mode: 0o500 });
    }
    await expect(
      createFileAuditSink({
        directory: unwritable,
        service: 'gateway',
        log: silentLog,
      }),
    ).rejects.toThrow(
      runsAsRoot
        ? `creating directory ${unwritable} failed (ENOTDIR)`
        : /EACCES/,
    );
  });

  it('rejects an append whose write failed, then resumes from what the file really holds', async () => {
    const fileSystem = createObservedFileSystem();
    const sink = await openSink({ fileSystem });
    await sink.append(createInput());
    fileSystem.failNextAppend();
    await expect(
      sink.append(createInput({ requestId: 'req-0002' })),
    ).rejects.toThrow('write failed (EIO)');
    await expect(
      sink.append(createInput({ requestId: 'req-0003' })),
    ).resolves.toMatchObject({ sequence: 2 });
    expect(verifyAuditLog(await readFileAuditLog(directory)).ok).toBe(true);
  });

  it('will not continue a chain whose failed write left a torn line', async () => {
    const fileSystem = createObservedFileSystem();
    const sink = await openSink({ fileSystem });
    await sink.append(createInput());
    fileSystem.failNextAppend({ partial: true });
    await expect(
      sink.append(createInput({ requestId: 'req-0002' })),
    ).rejects.toThrow('write failed');
    const path = join(directory, 'audit-gateway.jsonl');
    await expect(
      sink.append(createInput({ requestId: 'req-0003' })),
    ).rejects.toThrow(`audit log ${path} is damaged: the last line is torn`);
  });

  it('stops for good after a failed fsync, whose pages the kernel may have dropped', async () => {
    const fileSystem = createObservedFileSystem();
    const sink = await openSink({ fileSystem });
    fileSystem.failNextSync();
    await expect(sink.append(createInput())).rejects.toThrow(
      'fsync failed (EIO)',
    );
    await expect(
      sink.append(createInput({ requestId: 'req-0002' })),
    ).rejects.toThrow('fsync failed (EIO)');
  });

  it('refuses a second writer for the same chain while the first is open', async () => {
    await openSink();
    await expect(openSink()).rejects.toThrow(
      /audit-gateway\.jsonl\.lock is held by process/,
    );
  });

  it('rejects appends after close', async () => {
    const sink = await openSink();
    await closeSink(sink);
    await expect(sink.append(createInput())).rejects.toThrow('is closed');
  });
});
