import { type SqliteDatabase } from '../store';
import { type DisclosureGrantRecord } from './DisclosureGrantRecord';
import {
  type DisclosureGrantRepository,
  type GrantRevocation,
} from './DisclosureGrantRepository';

const COLUMNS = `id, owner, nominal_id AS nominalId, category, recipient, purpose,
  legal_basis AS legalBasis, granted_by AS grantedBy, granted_at AS grantedAt,
  expires_at AS expiresAt, revoked_at AS revokedAt, revoked_by AS revokedBy,
  revocation_reason AS revocationReason`;

/**
 * The grant store over a subgraph's SQLite database (which must have run
 * DISCLOSURE_GRANTS_SCHEMA_SQL). Only validated rows are written, so rows read
 * back carry the vocabulary's values.
 */
export function createSqliteDisclosureGrantRepository(
  database: SqliteDatabase,
): DisclosureGrantRepository {
  const byNominalIds = database.prepare<[string], DisclosureGrantRecord>(
    `SELECT ${COLUMNS} FROM disclosure_grants
     WHERE nominal_id IN (SELECT value FROM json_each(?))
     ORDER BY nominal_id, id`,
  );
  const byId = database.prepare<[string], DisclosureGrantRecord>(
    `SELECT ${COLUMNS} FROM disclosure_grants WHERE id = ?`,
  );
  const insert = database.prepare<DisclosureGrantRecord>(
    `INSERT INTO disclosure_grants (id, owner, nominal_id, category, recipient,
       purpose, legal_basis, granted_by, granted_at, expires_at, revoked_at,
       revoked_by, revocation_reason)
     VALUES (@id, @owner, @nominalId, @category, @recipient, @purpose,
       @legalBasis, @grantedBy, @grantedAt, @expiresAt, @revokedAt, @revokedBy,
       @revocationReason)`,
  );
  const revoke = database.prepare<GrantRevocation>(
    `UPDATE disclosure_grants
     SET revoked_at = @revokedAt, revoked_by = @revokedBy, revocation_reason = @reason
     WHERE id = @id AND revoked_at IS NULL`,
  );
  const findGrantById = (id: string): DisclosureGrantRecord | null =>
    byId.get(id) ?? null;
  return {
    findGrantsByNominalIds: (ids) =>
      ids.length === 0 ? [] : byNominalIds.all(JSON.stringify(ids)),
    findGrantById,
    recordGrant: database.transaction((grant: DisclosureGrantRecord) => {
      insert.run(toRow(grant));
      return findStored(findGrantById, grant.id);
    }),
    revokeGrant: database.transaction((revocation: GrantRevocation) => {
      if (revoke.run(revocation).changes === 0) return null;
      return findStored(findGrantById, revocation.id);
    }),
  };
}

/** Only the stored columns, so a caller's extra properties never reach SQL. */
function toRow(grant: DisclosureGrantRecord): DisclosureGrantRecord {
  return {
    id: grant.id,
    owner: grant.owner,
    nominalId: grant.nominalId,
    category: grant.category,
    recipient: grant.recipient,
    purpose: grant.purpose,
    legalBasis: grant.legalBasis,
    grantedBy: grant.grantedBy,
    grantedAt: grant.grantedAt,
    expiresAt: grant.expiresAt,
    revokedAt: grant.revokedAt ?? null,
    revokedBy: grant.revokedBy ?? null,
    revocationReason: grant.revocationReason ?? null,
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
