import { constants } from 'node:fs';
import type * as FileSystemPromises from 'node:fs/promises';
import { type FileHandle, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeAuditFileSystem } from '../appendOnlyFile';
import { loadChainHead } from '../chainHeadFile';
import {
  createTemporaryDirectory,
  removeDirectory,
  silentLog,
} from './fixtures';

/**
 * A handle a failed step leaves open is closed by the garbage collector, with
 * a process warning (DEP0137), some time later. Each step that opens a file
 * closes it on every path: these tests fail the step after the open and check
 * that every handle opened was closed.
 */
// The module object itself, which the code under test calls `open` on.
const fs = jest.requireActual<typeof FileSystemPromises>('node:fs/promises');
const realOpen = fs.open;
let directory: string;
let opened: FileHandle[];

/** Records every handle opened; the open that `failWhen` picks fails instead. */
function watchOpens(failWhen: (flags: unknown) => boolean): void {
  jest.spyOn(fs, 'open').mockImplementation(async (path, flags, mode) => {
    if (failWhen(flags))
      throw Object.assign(new Error(`EIO: open ${String(path)}`), {
        code: 'EIO',
      });
    const handle = await realOpen(path, flags, mode);
    opened.push(handle);
    return handle;
  });
}

/** A closed FileHandle's fd is -1. */
function stillOpen(): number[] {
  return opened.map((handle) => handle.fd).filter((fd) => fd !== -1);
}

beforeEach(async () => {
  directory = await createTemporaryDirectory();
  opened = [];
});

afterEach(async () => {
  jest.restoreAllMocks();
  await Promise.all(opened.map((handle) => handle.close().catch(() => 0)));
  await removeDirectory(directory);
});

it('closes a new log it opened when its directory entry cannot be made durable', async () => {
  watchOpens((flags) => flags === constants.O_RDONLY);
  await expect(
    nodeAuditFileSystem.openAppendOnly(join(directory, 'audit-police.jsonl')),
  ).rejects.toThrow('EIO');
  expect(opened.length).toBeGreaterThan(0);
  expect(stillOpen()).toEqual([]);
});

it('closes the log it read when a torn tail cannot be moved aside', async () => {
  const path = join(directory, 'audit-police.jsonl');
  await writeFile(path, '{"torn":');
  watchOpens((flags) => flags === 'wx');
  await expect(
    loadChainHead(path, 'police', 'quarantine', silentLog),
  ).rejects.toThrow('EIO');
  expect(opened.length).toBeGreaterThan(0);
  expect(stillOpen()).toEqual([]);
});
