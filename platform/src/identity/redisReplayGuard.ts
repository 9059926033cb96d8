import { Redis } from 'ioredis';
import { type Logger } from 'pino';
import { type ReplayGuard, ReplayGuardUnavailableError } from './replayGuard';

/** How long a claim may wait for Redis before the request is refused. */
export const DEFAULT_REPLAY_REDIS_TIMEOUT_MS = 1000;

export interface RedisReplayGuardOptions {
  url: string;
  /** Keeps each subgraph's contexts apart, e.g. `marsoc:caller-context:police:`. */
  keyPrefix: string;
  log: Logger;
  timeoutMs?: number;
  clock?: () => number;
}

/**
 * The replay store shared by every replica of a subgraph: `SET key NX PX ttl`
 * records a context id atomically for its remaining lifetime, so whichever
 * replica sees it second refuses it, and Redis expires it unasked. If Redis
 * cannot be asked in time the request is refused, never accepted.
 */
export function createRedisReplayGuard(
  options: RedisReplayGuardOptions,
): ReplayGuard {
  const timeoutMs = options.timeoutMs ?? DEFAULT_REPLAY_REDIS_TIMEOUT_MS;
  const clock = options.clock ?? Date.now;
  const client = new Redis(options.url, {
    connectTimeout: 1000,
    disconnectTimeout: 200,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 1000),
  });
  // Without a listener ioredis prints connection errors to the console.
  client.on('error', (error: Error) => {
    options.log.warn({ err: error }, 'replay guard Redis connection error');
  });
  return {
    async claim(id, expiresAt) {
      const ttl = Math.max(1, Math.ceil(expiresAt - clock()));
      const answer = await withTimeout(
        client.set(`${options.keyPrefix}${id}`, '1', 'PX', ttl, 'NX'),
        timeoutMs,
      );
      return answer === 'OK';
    },
    async close() {
      // A server that stopped answering would hold quit() forever.
      if (client.status === 'ready')
        await withTimeout(client.quit(), timeoutMs).catch(() => undefined);
      client.disconnect();
    },
  };
}

async function withTimeout<T>(
  operation: Promise<T>,
  timeoutMs: number,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ReplayGuardUnavailableError(
            `Redis did not answer within ${timeoutMs} ms`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([operation, timeout]);
  } catch (error) {
    if (error instanceof ReplayGuardUnavailableError) throw error;
    throw new ReplayGuardUnavailableError('Redis refused the claim', error);
  } finally {
    clearTimeout(timer);
  }
}
