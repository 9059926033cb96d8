import { type Redis } from 'ioredis';
import { type Logger } from 'pino';
import { createCommittingSink } from './committingSink';
import { readString } from './fields';
import { parseHead } from './redisAppendScript';
import { createRedisChainCommit, type RedisDurability } from './redisChain';
import {
  AuditRedisError,
  DEFAULT_REDIS_TIMEOUT_MS,
  withTimeout,
} from './redisClient';
import { RULES } from './rules';
import { checkServiceName } from './sinkInput';
import { type AuditSink } from './types';

export { type RedisDurability } from './redisChain';

export const DEFAULT_AUDIT_STREAM_KEY = 'marsoc:audit';

export interface RedisAuditSinkOptions {
  redis: Redis;
  service: string;
  /** Unique per process (pod name, hostname:pid); makes the chain id. */
  replicaId: string;
  streamKey?: string;
  log: Logger;
  /** Each Redis round trip fails closed after this long. */
  timeoutMs?: number;
  durability?: RedisDurability;
  maxBatch?: number;
}

export function redisChainId(service: string, replicaId: string): string {
  return `${service}:${replicaId}`;
}

export function chainHeadKey(streamKey: string, chainId: string): string {
  return `${streamKey}:head:${chainId}`;
}

/**
 * Appends to one Redis stream shared by every replica, each replica keeping
 * its own chain (`<service>:<replicaId>`) whose head lives in a key beside
 * the stream. Appends go through a compare-and-append script, so the chain
 * stays linear even if two processes are given the same replicaId.
 */
export async function createRedisAuditSink(
  options: RedisAuditSinkOptions,
): Promise<AuditSink> {
  const { redis, service, log } = options;
  checkServiceName(service);
  readString(options.replicaId, 'sink option replicaId', RULES.replicaId);
  const chainId = redisChainId(service, options.replicaId);
  const streamKey = options.streamKey ?? DEFAULT_AUDIT_STREAM_KEY;
  const keys = { stream: streamKey, head: chainHeadKey(streamKey, chainId) };
  const timeoutMs = options.timeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS;
  const commit = createRedisChainCommit({
    redis,
    log,
    chainId,
    keys,
    timeoutMs,
    durability: options.durability,
    head: parseHead(
      await withTimeout(redis.get(keys.head), timeoutMs, streamKey),
      keys.head,
    ),
  });
  return createCommittingSink({
    service,
    log,
    maxBatch: options.maxBatch ?? 256,
    commit,
    describeClosed: () =>
      new AuditRedisError(streamKey, 'the audit sink is closed'),
    // The client belongs to the caller, who closes it.
    close: () => Promise.resolve(),
  });
}
