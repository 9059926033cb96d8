import { type AuditRecord } from '@marsoc/platform';

/**
 * The access audit read back. I/O only: it knows nothing of GraphQL or of who
 * is asking. There is no store of its own; the log the services write is the
 * only source, caught up on every call because it grows between requests.
 */
export interface AuditLogRepository {
  /** Every readable record of every service's chain, in stored order per chain. */
  readRecords(): Promise<AuditRecord[]>;
  /**
   * For each nominal, the records that name it or disclose anything about
   * it, in stored order per chain: what `accessesTo` needs, and no more. One
   * read of the log answers them all.
   */
  readRecordsAbout(nominalIds: readonly string[]): Promise<AuditRecord[][]>;
}
