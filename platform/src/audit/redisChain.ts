import { type Redis } from 'ioredis';
import { type Logger } from 'pino';
import { headOf, sealEncodedRecords } from './chain';
import { runAppendScript } from './redisAppendScript';
import { AuditRedisError, withTimeout } from './redisClient';
import {
  type AuditRecord,
  type AuditRecordInput,
  type ChainHead,
} from './types';

/** What Redis must confirm before an append resolves; see README "Durability". */
export interface RedisDurability {
  /** Replicas that must hold the records (WAIT, or WAITAOF's second count). */
  replicas?: number;
  /** Require the primary's AOF fsync (WAITAOF, Redis 7.2+). */
  aof?: boolean;
  /** How long WAIT/WAITAOF may block; 0 would block forever, so it is never 0. */
  timeoutMs?: number;
}

export interface RedisChainParts {
  redis: Redis;
  log: Logger;
  chainId: string;
  keys: { stream: string; head: string };
  timeoutMs: number;
  durability: RedisDurability | undefined;
  /** The head read from Redis at start. */
  head: ChainHead;
}

/** Relinking attempts when another writer moved the head in between. */
const MAX_CONFLICTS = 5;

/**
 * The serialised committer of one Redis chain. The local head is only a
 * guess: the compare-and-append script is the authority, and on a mismatch
 * (a second writer, or an earlier append that timed out here but ran there)
 * the batch is relinked to the head Redis reports.
 */
export function createRedisChainCommit(
  parts: RedisChainParts,
): (inputs: readonly AuditRecordInput[]) => Promise<AuditRecord[]> {
  const { redis, log, chainId, keys, timeoutMs } = parts;
  let head = parts.head;
  log.info(
    { stream: keys.stream, chainId, sequence: head.sequence },
    'audit chain opened',
  );
  return async (inputs) => {
    for (let attempt = 0; attempt < MAX_CONFLICTS; attempt += 1) {
      const sealed = sealEncodedRecords(inputs, chainId, head);
      const records = sealed.map(({ record }) => record);
      const next = headOf(records[records.length - 1] as AuditRecord);
      const lines = sealed.map(({ encoded }) => encoded);
      const outcome = await withTimeout(
        runAppendScript(redis, keys, head, next, lines),
        timeoutMs,
        keys.stream,
      ).catch((error: unknown) => {
        log.error(
          { stream: keys.stream, chainId, err: error },
          'audit append failed; no data may be returned',
        );
        throw error;
      });
      if (outcome.appended) {
        head = next;
        await confirmDurable(redis, parts.durability, keys.stream, timeoutMs);
        return records;
      }
      log.warn(
        {
          chainId,
          expected: head.sequence,
          found: outcome.currentHead.sequence,
        },
        'audit chain head moved; relinking',
      );
      head = outcome.currentHead;
    }
    throw new AuditRedisError(
      keys.stream,
      `chain ${chainId} kept moving under ${MAX_CONFLICTS} attempts`,
    );
  };
}

async function confirmDurable(
  redis: Redis,
  durability: RedisDurability | undefined,
  streamKey: string,
  timeoutMs: number,
): Promise<void> {
  const replicas = durability?.replicas ?? 0;
  if (durability === undefined || (!durability.aof && replicas === 0)) return;
  const waitMs = Math.max(1, durability.timeoutMs ?? 1000);
  const reply = durability.aof
    ? redis.call('WAITAOF', 1, replicas, waitMs)
    : redis.call('WAIT', replicas, waitMs);
  const confirmed = await withTimeout(reply, timeoutMs + waitMs, streamKey);
  const [local, remote] = Array.isArray(confirmed) ? confirmed : [1, confirmed];
  if (local !== 1 || typeof remote !== 'number' || remote < replicas) {
    throw new AuditRedisError(
      streamKey,
      'the records were not confirmed durable in time',
    );
  }
}
