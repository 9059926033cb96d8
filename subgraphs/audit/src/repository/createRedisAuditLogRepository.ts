import { type Redis } from 'ioredis';
import {
  type AuditRecord,
  nominalsOfDisclosure,
  readRedisAuditLog,
} from '@marsoc/platform';
import { type AuditLogRepository } from './AuditLogRepository';

/** Reads every chain of the shared audit stream (AUDIT_SINK=redis). */
export function createRedisAuditLogRepository(
  redis: Redis,
  streamKey: string,
): AuditLogRepository {
  async function readRecords(): Promise<AuditRecord[]> {
    const sources = await readRedisAuditLog(redis, streamKey);
    return sources.flatMap((source) => source.records);
  }
  return {
    readRecords,
    async readRecordsAbout(nominalIds) {
      const records = await readRecords();
      return nominalIds.map((nominalId) =>
        records.filter(
          (record) =>
            record.nominalIds.includes(nominalId) ||
            record.disclosures.some((disclosure) =>
              nominalsOfDisclosure(disclosure).includes(nominalId),
            ),
        ),
      );
    },
  };
}
