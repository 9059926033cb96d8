import { inBatchKeys, prepareBatchQuery } from '../store';
import { type DisclosureGrantRecord } from './DisclosureGrantRecord';
import { type DisclosureGrantRepository } from './DisclosureGrantRepository';
import { type DeskStore, writeAtomically } from './DeskStore';
import { type DisclosureGrantTables } from './DisclosureGrantTables';
import {
  type StoredGrantRow,
  toGrantRecord,
  toStoredRow,
} from './storedGrantRow';

/** The table's columns, aliased to the record's names. */
const COLUMNS = [
  'id',
  'owner',
  'nominal_id as nominalId',
  'category',
  'recipient',
  'purpose',
  'legal_basis as legalBasis',
  'granted_by as grantedBy',
  'granted_at as grantedAt',
  'expires_at as expiresAt',
  'revoked_at as revokedAt',
  'revoked_by as revokedBy',
  'revocation_reason as revocationReason',
  'regions',
  'units',
  'level',
] as const;

/**
 * The grant store on either dialect (its table made by
 * buildDisclosureGrantsTables). Only validated rows are written, so rows read
 * back carry the vocabulary's values. A grant is read back inside the write
 * that stored it.
 */
export function createDisclosureGrantRepository(
  store: DeskStore<DisclosureGrantTables>,
): DisclosureGrantRepository {
  const { db } = store;
  const byNominalIds = prepareBatchQuery(store, (ids) =>
    db
      .selectFrom('disclosure_grants')
      .select(COLUMNS)
      .where(inBatchKeys(store.dialect, 'nominal_id', ids))
      .orderBy('nominal_id')
      .orderBy('id'),
  );
  const findGrantById = async (
    id: string,
    on = db,
  ): Promise<DisclosureGrantRecord | null> => {
    const row = await on
      .selectFrom('disclosure_grants')
      .select(COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toGrantRecord(row as StoredGrantRow) : null;
  };
  return {
    findGrantsByNominalIds: async (ids) =>
      (await byNominalIds(ids)).map((row) =>
        toGrantRecord(row as StoredGrantRow),
      ),
    findGrantById: (id) => findGrantById(id),
    recordGrant: (grant) =>
      writeAtomically(db, async (trx) => {
        const row = toStoredRow(grant);
        await trx
          .insertInto('disclosure_grants')
          .values({
            id: row.id,
            owner: row.owner,
            nominal_id: row.nominalId,
            category: row.category,
            recipient: row.recipient,
            purpose: row.purpose,
            legal_basis: row.legalBasis,
            granted_by: row.grantedBy,
            granted_at: row.grantedAt,
            expires_at: row.expiresAt,
            revoked_at: row.revokedAt,
            revoked_by: row.revokedBy,
            revocation_reason: row.revocationReason,
            regions: row.regions,
            units: row.units,
            level: row.level,
          })
          .execute();
        return readBack(await findGrantById(grant.id, trx));
      }),
    revokeGrant: (revocation) =>
      writeAtomically(db, async (trx) => {
        const { numUpdatedRows } = await trx
          .updateTable('disclosure_grants')
          .set({
            revoked_at: revocation.revokedAt,
            revoked_by: revocation.revokedBy,
            revocation_reason: revocation.reason,
          })
          .where('id', '=', revocation.id)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (Number(numUpdatedRows) === 0) return null;
        return readBack(await findGrantById(revocation.id, trx));
      }),
  };
}

function readBack(stored: DisclosureGrantRecord | null): DisclosureGrantRecord {
  // Read back inside the transaction that wrote it: absence is a store fault.
  if (!stored) throw new Error('disclosure grant not found after writing it');
  return stored;
}
