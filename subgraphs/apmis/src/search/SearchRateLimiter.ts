/**
 * A caller's allowance of searches. Searching is how a caller could map who is
 * held where, so it is rationed per caller (issue: "a per-caller rate"). This
 * is the seam a shared, Redis-backed limiter implements when APMIS runs as
 * several replicas; the in-memory one below counts per process.
 */
export interface SearchRateLimiter {
  /**
   * Takes one search from the caller's allowance at `now` (ms since the epoch).
   * False when none is left; a refused attempt takes nothing.
   */
  tryTake(callerSub: string, now: number): Promise<boolean>;
}

export const SEARCHES_PER_MINUTE = 30;

export interface InMemoryRateLimitOptions {
  /** Searches a caller may make at once, and regain per minute. */
  perMinute?: number;
  /** Past this many callers, those with a full allowance are forgotten. */
  maxTrackedCallers?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const MINUTE_MS = 60_000;

/** A token bucket per caller: `perMinute` at once, refilled evenly over a minute. */
export function createInMemorySearchRateLimiter(
  options: InMemoryRateLimitOptions = {},
): SearchRateLimiter {
  const capacity = options.perMinute ?? SEARCHES_PER_MINUTE;
  const maxTracked = options.maxTrackedCallers ?? 10_000;
  const perMs = capacity / MINUTE_MS;
  const buckets = new Map<string, Bucket>();
  const refill = (bucket: Bucket, now: number): number =>
    Math.min(
      capacity,
      bucket.tokens + Math.max(0, now - bucket.updatedAt) * perMs,
    );
  const forgetFullBuckets = (now: number): void => {
    for (const [sub, bucket] of buckets) {
      if (refill(bucket, now) >= capacity) buckets.delete(sub);
    }
  };
  return {
    tryTake(callerSub, now) {
      const bucket = buckets.get(callerSub) ?? {
        tokens: capacity,
        updatedAt: now,
      };
      const tokens = refill(bucket, now);
      if (tokens < 1) return Promise.resolve(false);
      if (!buckets.has(callerSub) && buckets.size >= maxTracked)
        forgetFullBuckets(now);
      buckets.set(callerSub, { tokens: tokens - 1, updatedAt: now });
      return Promise.resolve(true);
    },
  };
}
