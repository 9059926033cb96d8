import { type Redis } from 'ioredis';
import { type Logger } from 'pino';
import { type TornTailPolicy } from './chainHeadFile';
import { createFileAuditSink } from './fileSink';
import { createAuditRedisClient } from './redisClient';
import { createRedisAuditSink, type RedisDurability } from './redisSink';
import { type AuditSink } from './types';

export interface FileAuditSinkConfig {
  kind: 'file';
  directory: string;
  service: string;
  onTornTail?: TornTailPolicy;
}

export interface RedisAuditSinkConfig {
  kind: 'redis';
  /** A URL makes the sink own (and on close, quit) a fail-fast client... */
  url?: string;
  /** ...or share a client the service already has (it must fail fast too). */
  redis?: Redis;
  service: string;
  replicaId: string;
  streamKey?: string;
  timeoutMs?: number;
  durability?: RedisDurability;
}

export type AuditSinkConfig = FileAuditSinkConfig | RedisAuditSinkConfig;

/** The sink a service's configuration names; rejects (so the service does not start) on any problem. */
export async function createAuditSinkFromConfig(
  config: AuditSinkConfig & { log: Logger },
): Promise<AuditSink> {
  switch (config.kind) {
    case 'file':
      return createFileAuditSink(config);
    case 'redis':
      return createConfiguredRedisSink(config, config.log);
  }
}

async function createConfiguredRedisSink(
  config: RedisAuditSinkConfig,
  log: Logger,
): Promise<AuditSink> {
  if (config.redis !== undefined)
    return createRedisAuditSink({ ...config, redis: config.redis, log });
  if (config.url === undefined) {
    throw new Error(
      'audit sink config kind "redis" needs a url or a redis client',
    );
  }
  const client = createAuditRedisClient(config.url, log);
  let sink: AuditSink;
  try {
    sink = await createRedisAuditSink({ ...config, redis: client, log });
  } catch (error) {
    client.disconnect();
    throw error;
  }
  return {
    append: (input) => sink.append(input),
    async close() {
      await sink.close();
      await client.quit();
    },
  };
}
