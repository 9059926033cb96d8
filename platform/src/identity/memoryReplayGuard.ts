import { type ReplayGuard, ReplayGuardUnavailableError } from './replayGuard';

/**
 * Enough for a replica accepting about 8,000 fetches a second with 60-second
 * contexts (the longest allowed), in some 50 MB; only contexts the gateway
 * signed and this subgraph verified are ever recorded, so nothing a caller
 * sends can fill it.
 */
export const DEFAULT_MAX_REPLAY_ENTRIES = 500_000;

export interface MemoryReplayGuardOptions {
  maxEntries?: number;
  clock?: () => number;
}

/**
 * One replica's replay store: a Map of context id to expiry, in insertion
 * order. Each claim first drops expired entries from the front (contexts are
 * signed with one lifetime, so the front is nearly always the oldest); when
 * the map is full it sweeps it all. If it is still full it refuses rather than
 * forget a live entry, because forgetting one would let that context be
 * replayed: when full, fail closed.
 */
export function createMemoryReplayGuard(
  options: MemoryReplayGuardOptions = {},
): ReplayGuard {
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_REPLAY_ENTRIES;
  if (!Number.isInteger(maxEntries) || maxEntries < 1)
    throw new RangeError(
      `replay guard maxEntries must be a positive integer; got ${maxEntries}`,
    );
  const clock = options.clock ?? Date.now;
  const seen = new Map<string, number>();

  const dropExpiredFromFront = (now: number): void => {
    for (const [id, expiresAt] of seen) {
      if (expiresAt > now) return;
      seen.delete(id);
    }
  };
  const dropAllExpired = (now: number): void => {
    for (const [id, expiresAt] of seen) if (expiresAt <= now) seen.delete(id);
  };

  return {
    claim(id, expiresAt) {
      const now = clock();
      dropExpiredFromFront(now);
      const previous = seen.get(id);
      if (previous !== undefined && previous > now)
        return Promise.resolve(false);
      if (seen.size >= maxEntries) dropAllExpired(now);
      if (seen.size >= maxEntries)
        return Promise.reject(
          new ReplayGuardUnavailableError(
            `${maxEntries} unexpired caller contexts held; refusing rather than forgetting one`,
          ),
        );
      seen.set(id, expiresAt);
      return Promise.resolve(true);
    },
    close() {
      seen.clear();
      return Promise.resolve();
    },
  };
}
