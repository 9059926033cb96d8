import { hostname } from 'node:os';
import { open, readFile, unlink } from 'node:fs/promises';

/**
 * One writer per audit file: two processes appending to one chain would fork
 * it. The lock file names its holder; a lock left by a process that died on
 * this host is taken over, so a restart after a crash needs no one's help.
 */
export interface FileLock {
  release(): Promise<void>;
}

/** Lock files this process holds, to tell our own lock from a dead twin's. */
const held = new Set<string>();

export class AuditLogLockedError extends Error {
  constructor(lockPath: string, holder: string) {
    super(
      `audit log lock ${lockPath} is held by ${holder}; another process is writing this chain ` +
        '(if it is gone, delete the lock file)',
    );
    this.name = 'AuditLogLockedError';
  }
}

export async function acquireFileLock(lockPath: string): Promise<FileLock> {
  if (!(await tryCreateLock(lockPath))) {
    const holder = await readHolder(lockPath);
    if (!isStale(lockPath, holder)) {
      throw new AuditLogLockedError(lockPath, describeHolder(holder));
    }
    await unlinkIfPresent(lockPath);
    if (!(await tryCreateLock(lockPath))) {
      throw new AuditLogLockedError(
        lockPath,
        'a process that took it over just now',
      );
    }
  }
  held.add(lockPath);
  return {
    async release() {
      if (!held.delete(lockPath)) return;
      await unlink(lockPath);
    },
  };
}

async function unlinkIfPresent(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

interface Holder {
  pid: number;
  host: string;
}

async function tryCreateLock(lockPath: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockPath, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    const holder: Holder = { pid: process.pid, host: hostname() };
    await handle.writeFile(JSON.stringify(holder));
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

async function readHolder(lockPath: string): Promise<Holder | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(lockPath, 'utf8'));
    const { pid, host } = parsed as Partial<Holder>;
    return typeof pid === 'number' && typeof host === 'string'
      ? { pid, host }
      : undefined;
  } catch {
    // Empty or torn: its writer died between creating and filling it.
    return undefined;
  }
}

function isStale(lockPath: string, holder: Holder | undefined): boolean {
  if (holder === undefined) return true;
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !held.has(lockPath);
  return !isProcessAlive(holder.pid);
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describeHolder(holder: Holder | undefined): string {
  return holder === undefined
    ? 'an unknown process'
    : `process ${holder.pid} on ${holder.host}`;
}
