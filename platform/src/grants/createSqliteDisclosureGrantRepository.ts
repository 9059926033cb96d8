import { IN_BATCH_KEYS, prepareBatchRead, type SqliteDatabase } from '../store';
import { type DisclosureGrantRecord } from './DisclosureGrantRecord';
import {
  type DisclosureGrantRepository,
  type GrantRevocation,
} from './DisclosureGrantRepository';
import { migrateDisclosureGrantsTable } from './migrateDisclosureGrantsTable';
import {
  type StoredGrantRow,
  toStoredRow,
  toGrantRecord,
} from './storedGrantRow';

const COLUMNS = `id, owner, nominal_id AS nominalId, category, recipient, purpose,
  legal_basis AS legalBasis, granted_by AS grantedBy, granted_at AS grantedAt,
  expires_at AS expiresAt, revoked_at AS revokedAt, revoked_by AS revokedBy,
  revocation_reason AS revocationReason, regions, units, level`;

/**
 * The grant store over a subgraph's SQLite database (which must have run
 * DISCLOSURE_GRANTS_SCHEMA_SQL; a table from an earlier release is migrated
 * here). Only validated rows are written, so rows read back carry the
 * vocabulary's values.
 */
export function createSqliteDisclosureGrantRepository(
  database: SqliteDatabase,
): DisclosureGrantRepository {
  migrateDisclosureGrantsTable(database);
  const byNominalIds = prepareBatchRead<StoredGrantRow>(
    database,
    `SELECT ${COLUMNS} FROM disclosure_grants
     WHERE nominal_id ${IN_BATCH_KEYS}
     ORDER BY nominal_id, id`,
  );
  const byId = database.prepare<[string], StoredGrantRow>(
    `SELECT ${COLUMNS} FROM disclosure_grants WHERE id = ?`,
  );
  const insert = database.prepare<StoredGrantRow>(
    `INSERT INTO disclosure_grants (id, owner, nominal_id, category, recipient,
       purpose, legal_basis, granted_by, granted_at, expires_at, revoked_at,
       revoked_by, revocation_reason, regions, units, level)
     VALUES (@id, @owner, @nominalId, @category, @recipient, @purpose,
       @legalBasis, @grantedBy, @grantedAt, @expiresAt, @revokedAt, @revokedBy,
       @revocationReason, @regions, @units, @level)`,
  );
  const revoke = database.prepare<GrantRevocation>(
    `UPDATE disclosure_grants
     SET revoked_at = @revokedAt, revoked_by = @revokedBy, revocation_reason = @reason
     WHERE id = @id AND revoked_at IS NULL`,
  );
  const findGrantById = (id: string): DisclosureGrantRecord | null => {
    const row = byId.get(id);
    return row ? toGrantRecord(row) : null;
  };
  return {
    findGrantsByNominalIds: (ids) => byNominalIds(ids).map(toGrantRecord),
    findGrantById,
    recordGrant: database.transaction((grant: DisclosureGrantRecord) => {
      insert.run(toStoredRow(grant));
      return findStored(findGrantById, grant.id);
    }),
    revokeGrant: database.transaction((revocation: GrantRevocation) => {
      if (revoke.run(revocation).changes === 0) return null;
      return findStored(findGrantById, revocation.id);
    }),
  };
}

function findStored(
  findGrantById: (id: string) => DisclosureGrantRecord | null,
  id: string,
): DisclosureGrantRecord {
  const stored = findGrantById(id);
  // Read back inside the transaction that wrote it: absence is a store fault.
  if (!stored) throw new Error('disclosure grant not found after writing it');
  return stored;
}
