import { type Redis } from 'ioredis';
import { type Logger } from 'pino';
import { type Role } from '@marsoc/schema';
import { countDistinctInMemory } from './countDistinctInMemory';
import { countDistinctInRedis } from './countDistinctInRedis';
import {
  ALLOWED,
  hashLimitKey,
  type LimitDecision,
  readWindow,
} from './limitDecision';
import { LimitsUnavailableError } from './limitErrors';

/** The anti-fishing limit: distinct nominals a caller opens per window. */
export interface BreadthLimit {
  /**
   * Admits the distinct `nominalIds` one answer would open for `caller` if,
   * with those already opened in the window holding `now`, they stay within
   * the caller's allowance; a refused answer counts nothing, and ids already
   * counted are free. Rejects with LimitsUnavailableError when the store
   * cannot be asked, so nothing is released uncounted.
   */
  admit(
    caller: { sub: string; roles: readonly Role[] },
    nominalIds: readonly string[],
    now: number,
  ): Promise<LimitDecision>;
}

/**
 * Adds `ids` to the set `key` if the set stays within `limit`, atomically, and
 * answers whether it did; the set is forgotten `ttlMs` after its last growth
 * (`now` is the injected clock's, for a store that keeps no time of its own).
 */
export type CountDistinct = (
  key: string,
  ids: readonly string[],
  limit: number,
  expiry: { ttlMs: number; now: number },
) => Promise<boolean>;

export interface BreadthLimitOptions {
  windowMs: number;
  perWindow: Readonly<Record<Role, number>>;
}

/** A set per caller per window: in Redis when there is one, else in memory. */
export function createBreadthLimit(
  store: { redis?: Redis; keyPrefix: string; log: Logger },
  options: BreadthLimitOptions,
): BreadthLimit {
  const countDistinct: CountDistinct = store.redis
    ? countDistinctInRedis(store.redis)
    : countDistinctInMemory();
  return {
    async admit(caller, nominalIds, now) {
      const ids = [...new Set(nominalIds)].map(hashLimitKey);
      if (ids.length === 0) return ALLOWED;
      const window = readWindow(now, options.windowMs);
      const key = `${store.keyPrefix}nominals:${hashLimitKey(caller.sub)}:${window.index}`;
      const limit = allowanceOf(caller.roles, options.perWindow);
      let admitted: boolean;
      try {
        admitted = await countDistinct(key, ids, limit, {
          ttlMs: 2 * options.windowMs,
          now,
        });
      } catch (error) {
        store.log.error(
          { err: error, limit: 'nominals' },
          'limits store unavailable; request refused',
        );
        throw new LimitsUnavailableError(error);
      }
      return admitted
        ? ALLOWED
        : { allowed: false, retryAfterSeconds: window.retryAfterSeconds };
    },
  };
}

/**
 * The largest allowance among the caller's roles (a role is a reason to open
 * nominals); a caller with none gets the smallest configured.
 */
export function allowanceOf(
  roles: readonly Role[],
  perWindow: Readonly<Record<Role, number>>,
): number {
  const own = roles.map((role) => perWindow[role]);
  return own.length > 0
    ? Math.max(...own)
    : Math.min(...Object.values(perWindow));
}
