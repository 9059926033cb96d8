import {
  nodeAuditFileSystem,
  type AppendOnlyFile,
  type AuditFileSystem,
} from '../audit/appendOnlyFile';

/**
 * Wraps the real file system (the bytes still reach a real file) so a test
 * can see the order of writes and fsyncs, hold an fsync open, or make one
 * step fail the way a full or broken disk would.
 */
export interface ObservedFileSystem extends AuditFileSystem {
  events: string[];
  syncCalls(): number;
  /** While set, every fsync waits for `releaseSyncs`. */
  holdSyncs(): void;
  releaseSyncs(): void;
  /** The next append fails; with `partial` it first writes half its bytes. */
  failNextAppend(options?: { partial: boolean }): void;
  failNextSync(): void;
}

export function createObservedFileSystem(): ObservedFileSystem {
  const events: string[] = [];
  let held: Promise<void> | undefined;
  let release = (): void => undefined;
  let appendFailure: { partial: boolean } | undefined;
  let syncFailure = false;

  const wrap = (file: AppendOnlyFile): AppendOnlyFile => ({
    async append(data) {
      events.push('append');
      const failure = appendFailure;
      appendFailure = undefined;
      if (failure?.partial)
        await file.append(data.subarray(0, Math.floor(data.length / 2)));
      if (failure !== undefined)
        throw Object.assign(new Error('EIO: i/o error, write'), {
          code: 'EIO',
        });
      await file.append(data);
    },
    async sync() {
      events.push('sync-start');
      if (held !== undefined) await held;
      if (syncFailure) {
        syncFailure = false;
        throw Object.assign(new Error('EIO: i/o error, fdatasync'), {
          code: 'EIO',
        });
      }
      await file.sync();
      events.push('sync-done');
    },
    close: () => file.close(),
  });

  return {
    events,
    async openAppendOnly(path) {
      return wrap(await nodeAuditFileSystem.openAppendOnly(path));
    },
    syncCalls: () => events.filter((event) => event === 'sync-start').length,
    holdSyncs() {
      held = new Promise<void>((resolve) => {
        release = resolve;
      });
    },
    releaseSyncs() {
      held = undefined;
      release();
    },
    failNextAppend(options = { partial: false }) {
      appendFailure = options;
    },
    failNextSync() {
      syncFailure = true;
    },
  };
}

/** Resolves once `predicate` holds, checking after each turn of the event loop. */
export async function waitUntil(predicate: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1000 && !predicate(); turn += 1) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (!predicate()) throw new Error('condition never became true');
}
