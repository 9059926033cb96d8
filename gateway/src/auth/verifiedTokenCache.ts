import { createHash } from 'node:crypto';
import { type Caller } from '@marsoc/schema/caller';

/** How many verified tokens are kept, at most, before the least recently used goes. */
export const DEFAULT_TOKEN_CACHE_ENTRIES = 10_000;
/**
 * How long a verified token is trusted without checking its signature again,
 * at most (never past its own expiry). It matches how quickly a key withdrawn
 * from the identity provider's JWKS stops counting anyway (the key set is
 * cached for longer), so the cache widens no window that was closed.
 */
export const DEFAULT_TOKEN_CACHE_SECONDS = 60;

export interface VerifiedTokenCacheOptions {
  maxEntries?: number;
  maxAgeSeconds?: number;
  /** Milliseconds since the epoch; Date.now by default. */
  now?: () => number;
}

/**
 * The callers of bearer tokens already verified, keyed by the SHA-256 of the
 * token (the cache never holds a token), so a client sending the same token on
 * every request pays for one signature check a minute instead of one a
 * request. Only successes are kept: a refused token is checked again each
 * time, and a cached one is dropped at its `exp` (no clock tolerance), so the
 * cache never accepts what verification would refuse.
 */
export interface VerifiedTokenCache {
  find(token: string): Caller | undefined;
  /** Keeps `caller` for `token` until `exp` (seconds) or the maximum age, whichever is first. */
  keep(token: string, caller: Caller, exp: number): void;
  readonly size: number;
  /** Lookups answered from the cache since it was made. */
  readonly hits: number;
}

interface Entry {
  caller: Caller;
  until: number;
}

export function createVerifiedTokenCache(
  options: VerifiedTokenCacheOptions = {},
): VerifiedTokenCache {
  const maxEntries = options.maxEntries ?? DEFAULT_TOKEN_CACHE_ENTRIES;
  const maxAgeMs =
    (options.maxAgeSeconds ?? DEFAULT_TOKEN_CACHE_SECONDS) * 1000;
  if (!Number.isInteger(maxEntries) || maxEntries < 1)
    throw new RangeError(
      `token cache entries must be at least 1; got ${maxEntries}`,
    );
  if (!(maxAgeMs > 0)) throw new RangeError('token cache age must be positive');
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the least recently used.
  const entries = new Map<string, Entry>();
  let hits = 0;
  return {
    find(token) {
      const key = hashToken(token);
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      if (now() >= entry.until) return undefined;
      entries.set(key, entry);
      hits += 1;
      return copyCaller(entry.caller);
    },
    keep(token, caller, exp) {
      const until = Math.min(exp * 1000, now() + maxAgeMs);
      if (!(until > now())) return;
      const key = hashToken(token);
      entries.delete(key);
      entries.set(key, { caller: copyCaller(caller), until });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done === true) break;
        entries.delete(oldest.value);
      }
    },
    get size() {
      return entries.size;
    },
    get hits() {
      return hits;
    },
  };
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Each request gets its own copy, so nothing one request does to its caller reaches another. */
function copyCaller(caller: Caller): Caller {
  return { ...caller, regions: [...caller.regions], roles: [...caller.roles] };
}
