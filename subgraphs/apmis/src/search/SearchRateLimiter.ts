import { createSilentLogger } from '@marsoc/platform';
import {
  DEFAULT_SEARCHES_PER_MINUTE,
  type LimitDecision,
  type LimitsStore,
  openLimitsStore,
} from '@marsoc/platform/limits';

/**
 * A caller's allowance of searches. Searching is how a caller could map who is
 * held where, so it is rationed per caller (issue: "a per-caller rate"),
 * counted in the platform's limits store: in Redis when the service has one
 * (LIMITS_REDIS_URL or REDIS_URL), so every APMIS replica draws on the same
 * allowance, else in this process's memory.
 */
export interface SearchRateLimiter {
  /** Searches a caller may start in one clock minute. */
  readonly perMinute: number;
  /**
   * Takes one search from the caller's allowance at `now` (ms since the
   * epoch); refused with the seconds until the minute ends when none is left.
   * Rejects (LimitsUnavailableError) when the count cannot be asked.
   */
  tryTake(callerSub: string, now: number): Promise<LimitDecision>;
}

export const SEARCHES_PER_MINUTE = DEFAULT_SEARCHES_PER_MINUTE;

const MINUTE_MS = 60_000;

/** The search allowance counted in `store`, `perMinute` a clock minute. */
export function createSearchRateLimiter(
  store: LimitsStore,
  perMinute: number = SEARCHES_PER_MINUTE,
): SearchRateLimiter {
  const limit = store.createRateLimit({
    name: 'search',
    points: perMinute,
    windowMs: MINUTE_MS,
  });
  return { perMinute, tryTake: (sub, now) => limit.take(sub, now) };
}

/** One process's own count: a single replica, or a test. */
export function createInMemorySearchRateLimiter(
  options: { perMinute?: number } = {},
): SearchRateLimiter {
  return createSearchRateLimiter(
    // A memory store has nothing to report.
    openLimitsStore({ keyPrefix: 'marsoc:limits:', log: createSilentLogger() }),
    options.perMinute,
  );
}
