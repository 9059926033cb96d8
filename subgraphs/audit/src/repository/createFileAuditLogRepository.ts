import { readFileAuditLog } from '@marsoc/platform';
import { type AuditLogRepository } from './AuditLogRepository';

/**
 * Reads every `audit-<service>.jsonl` in the data directory (AUDIT_SINK=file).
 * A torn or malformed line is skipped; `npm run audit -- verify` reports it.
 */
export function createFileAuditLogRepository(
  directory: string,
): AuditLogRepository {
  return {
    async readRecords() {
      const sources = await readFileAuditLog(directory);
      return sources.flatMap((source) => source.records);
    },
  };
}
