import { createAuditRedisClient, type Logger } from '@marsoc/platform';
import { type AuditLogRepository } from './AuditLogRepository';
import { createFileAuditLogRepository } from './createFileAuditLogRepository';
import { createRedisAuditLogRepository } from './createRedisAuditLogRepository';

/** Where the services write their audit records, and so where this reads them. */
export type AuditLogSource =
  | { kind: 'file'; directory: string }
  | { kind: 'redis'; url: string; streamKey: string };

/**
 * The reader for the log the services write. The Redis client is the audit
 * sink's fail-fast one (1 s connect, one retry), so an unreachable Redis turns
 * into an error for the auditor rather than a hung request.
 */
export function openAuditLogRepository(
  source: AuditLogSource,
  log: Logger,
): AuditLogRepository {
  switch (source.kind) {
    case 'file':
      return createFileAuditLogRepository(source.directory);
    case 'redis':
      return createRedisAuditLogRepository(
        createAuditRedisClient(source.url, log),
        source.streamKey,
      );
  }
}
