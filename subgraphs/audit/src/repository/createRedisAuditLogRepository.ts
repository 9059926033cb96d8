import { type Redis } from 'ioredis';
import { readRedisAuditLog } from '@marsoc/platform';
import { type AuditLogRepository } from './AuditLogRepository';

/** Reads every chain of the shared audit stream (AUDIT_SINK=redis). */
export function createRedisAuditLogRepository(
  redis: Redis,
  streamKey: string,
): AuditLogRepository {
  return {
    async readRecords() {
      const sources = await readRedisAuditLog(redis, streamKey);
      return sources.flatMap((source) => source.records);
    },
  };
}
