import { type Logger } from 'pino';
import {
  createMemoryReplayGuard,
  createRedisReplayGuard,
  type ReplayGuard,
} from '../identity';
import { type ServiceConfig } from './readServiceConfig';

/**
 * The store a subgraph remembers accepted caller contexts in: Redis when
 * REDIS_URL is set, so that a context used on one replica is refused by all;
 * otherwise this process's memory (one replica, no extra round trip).
 */
export function createReplayGuardFromConfig(
  config: Pick<ServiceConfig, 'redisUrl'>,
  service: string,
  log: Logger,
): ReplayGuard {
  if (config.redisUrl === undefined) return createMemoryReplayGuard();
  return createRedisReplayGuard({
    url: config.redisUrl,
    keyPrefix: `marsoc:caller-context:${service}:`,
    log,
  });
}
