import { Redis } from 'ioredis';
import { type Logger } from 'pino';
import {
  type BreadthLimit,
  type BreadthLimitOptions,
  createBreadthLimit,
} from './createBreadthLimit';
import {
  createRateLimit,
  type RateLimit,
  type RateLimitOptions,
} from './createRateLimit';

/** Where a process keeps its per-caller counts, and the limits counted there. */
export interface LimitsStore {
  readonly kind: 'redis' | 'memory';
  createRateLimit(options: RateLimitOptions): RateLimit;
  createBreadthLimit(options: BreadthLimitOptions): BreadthLimit;
  close(): Promise<void>;
}

export interface LimitsStoreOptions {
  /** Redis shared by the replicas; in this process's memory when unset. */
  redisUrl?: string;
  keyPrefix: string;
  log: Logger;
  /** How long one count may wait for Redis before the request is refused. */
  timeoutMs?: number;
}

export const DEFAULT_LIMITS_TIMEOUT_MS = 1000;

/**
 * Opens the limits' store. With Redis every command is bounded (a down or
 * hung server turns into LimitsUnavailableError and a refusal, never a hang
 * or an uncounted answer); there is deliberately no in-memory insurance
 * limiter: each replica counting alone would multiply every allowance by the
 * number of replicas exactly when something is already wrong.
 */
export function openLimitsStore(options: LimitsStoreOptions): LimitsStore {
  const redis = options.redisUrl
    ? createLimitsRedisClient(options.redisUrl, options)
    : undefined;
  const store = { redis, keyPrefix: options.keyPrefix, log: options.log };
  return {
    kind: redis ? 'redis' : 'memory',
    createRateLimit: (limit) => createRateLimit(store, limit),
    createBreadthLimit: (limit) => createBreadthLimit(store, limit),
    async close() {
      if (!redis) return;
      if (redis.status === 'ready') await redis.quit().catch(() => undefined);
      redis.disconnect();
    },
  };
}

function createLimitsRedisClient(
  url: string,
  options: LimitsStoreOptions,
): Redis {
  const client = new Redis(url, {
    // A service that never counts (every subgraph but APMIS) never connects.
    lazyConnect: true,
    connectTimeout: 1000,
    disconnectTimeout: 200,
    commandTimeout: options.timeoutMs ?? DEFAULT_LIMITS_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 1000),
  });
  // Without a listener ioredis prints connection errors to the console.
  client.on('error', (error: Error) => {
    options.log.warn({ err: error }, 'limits Redis connection error');
  });
  return client;
}
