import { Redis } from 'ioredis';
import { type Logger } from 'pino';

/** How long an audit append may wait for Redis before it fails closed. */
export const DEFAULT_REDIS_TIMEOUT_MS = 2000;

/**
 * An ioredis client tuned to fail fast: a short connect timeout and one retry,
 * so an unreachable server turns into a rejected append (and no data
 * returned) well within the sink's own two-second deadline (`withTimeout`),
 * which also covers a server that accepts connections but never answers.
 */
export function createAuditRedisClient(url: string, log: Logger): Redis {
  const client = new Redis(url, {
    connectTimeout: 1000,
    // A refused socket never emits 'close', so ioredis would otherwise hold
    // the process open for its default two seconds after disconnect().
    disconnectTimeout: 200,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 1000),
  });
  // Without a listener ioredis prints connection errors to the console.
  client.on('error', (error: Error) => {
    log.warn({ err: error }, 'audit Redis connection error');
  });
  return client;
}

export class AuditRedisError extends Error {
  constructor(streamKey: string, problem: string, cause?: unknown) {
    super(`audit stream ${streamKey}: ${problem}`, { cause });
    this.name = 'AuditRedisError';
  }
}

/**
 * Rejects if `operation` has not settled within `timeoutMs`, whatever the
 * client's own retry settings, because a caller's client may queue forever.
 */
export async function withTimeout<T>(
  operation: Promise<T>,
  timeoutMs: number,
  streamKey: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AuditRedisError(
            streamKey,
            `Redis did not answer within ${timeoutMs} ms`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([operation, timeout]);
  } catch (error) {
    if (error instanceof AuditRedisError) throw error;
    throw new AuditRedisError(streamKey, describe(error), error);
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown Redis error';
}
