import { followFileAuditLog } from '@marsoc/platform';
import { type AuditLogRepository } from './AuditLogRepository';

/**
 * Every `audit-<service>.jsonl` in the data directory (AUDIT_SINK=file),
 * followed as it grows: each call reads only what was appended since the
 * last, so an auditor's question costs the same on a long log as on a short
 * one. A torn or malformed line is skipped; `npm run audit -- verify`
 * reports it.
 */
export function createFileAuditLogRepository(
  directory: string,
): AuditLogRepository {
  return followFileAuditLog(directory);
}
