import { type Redis } from 'ioredis';
import { type Logger } from 'pino';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import {
  ALLOWED,
  hashLimitKey,
  type LimitDecision,
  readWindow,
} from './limitDecision';
import { LimitsUnavailableError } from './limitErrors';

/** A count of operations per subject per fixed window, e.g. searches a minute. */
export interface RateLimit {
  /**
   * Takes one from `subject`'s allowance in the window holding `now` (ms since
   * the epoch). Rejects with LimitsUnavailableError when the store cannot be
   * asked: the caller refuses the request rather than let it through uncounted.
   */
  take(subject: string, now: number): Promise<LimitDecision>;
}

export interface RateLimitOptions {
  /** Names the limit's keys, e.g. `search`. */
  name: string;
  /** Operations a subject may make in one window. */
  points: number;
  windowMs: number;
}

/**
 * A rate-limiter-flexible limiter, in Redis (one count for every replica) or
 * in this process's memory. The window's number is part of the key, so the
 * injected clock decides which window counts; the limiter's own expiry (two
 * windows) only clears old keys away.
 */
export function createRateLimit(
  store: { redis?: Redis; keyPrefix: string; log: Logger },
  options: RateLimitOptions,
): RateLimit {
  const settings = {
    keyPrefix: `${store.keyPrefix}${options.name}`,
    points: options.points,
    duration: Math.max(1, Math.ceil((2 * options.windowMs) / 1000)),
  };
  const limiter: RateLimiterAbstract = store.redis
    ? new RateLimiterRedis({ ...settings, storeClient: store.redis })
    : new RateLimiterMemory(settings);
  return {
    async take(subject, now) {
      const window = readWindow(now, options.windowMs);
      try {
        await limiter.consume(`${hashLimitKey(subject)}:${window.index}`);
        return ALLOWED;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes)
          return {
            allowed: false,
            retryAfterSeconds: window.retryAfterSeconds,
          };
        store.log.error(
          { err: refusal, limit: options.name },
          'limits store unavailable; request refused',
        );
        throw new LimitsUnavailableError(refusal);
      }
    },
  };
}
