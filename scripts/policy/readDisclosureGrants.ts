import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  type DisclosureGrantTables,
  readStoredScope,
} from '@marsoc/platform/grants';
import { Agency, type DisclosureGrant, Purpose } from '@marsoc/schema';

/** What the ncahmrc subgraph's store says about one nominal's grants. */
export type GrantStoreReading =
  | { kind: 'ABSENT'; path: string }
  | { kind: 'NO_GRANT_TABLE'; path: string }
  | {
      kind: 'READ';
      path: string;
      grants: DisclosureGrant[];
      /** Rows naming an agency or purpose outside the vocabulary: they apply to nobody. */
      unreadable: number;
    };

/** The columns read, as the desk's table holds them (a store from before scoping: no scope). */
type GrantRow = Omit<
  DisclosureGrantTables['disclosure_grants'],
  'revoked_by' | 'revocation_reason' | 'level'
>;

/** The ncahmrc subgraph keeps its SQLite store as `<DATA_DIR>/ncahmrc.sqlite`. */
export function locateGrantStore(dataDirectory: string): string {
  return join(dataDirectory, 'ncahmrc.sqlite');
}

/**
 * The case-specific disclosures recorded for a nominal, in id order. The store is
 * opened read-only: explaining a decision must never change what is recorded.
 */
export function readDisclosureGrants(
  dataDirectory: string,
  nominalId: string,
): GrantStoreReading {
  const path = locateGrantStore(dataDirectory);
  if (!existsSync(path)) return { kind: 'ABSENT', path };
  const database = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const table = database
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'disclosure_grants'",
      )
      .get();
    if (!table) return { kind: 'NO_GRANT_TABLE', path };
    // A store from before grants were scoped has no scope columns: national.
    const scoped = database
      .prepare<[], { name: string }>(
        "SELECT name FROM pragma_table_info('disclosure_grants') WHERE name = 'regions'",
      )
      .get();
    const scope = scoped ? 'regions, units' : 'NULL AS regions, NULL AS units';
    const rows = database
      .prepare<[string], GrantRow>(
        `SELECT id, owner, nominal_id, category, recipient, purpose, legal_basis,
                granted_by, granted_at, expires_at, revoked_at, ${scope}
           FROM disclosure_grants WHERE nominal_id = ? ORDER BY id`,
      )
      .all(nominalId);
    const grants = rows.flatMap((row) => {
      const grant = toGrant(row);
      return grant ? [grant] : [];
    });
    return {
      kind: 'READ',
      path,
      grants,
      unreadable: rows.length - grants.length,
    };
  } finally {
    database.close();
  }
}

function toGrant(row: GrantRow): DisclosureGrant | undefined {
  const { owner, recipient, purpose } = row;
  if (!Agency.is(owner) || !Agency.is(recipient) || !Purpose.is(purpose)) {
    return undefined;
  }
  return {
    id: String(row.id),
    owner,
    nominalId: row.nominal_id,
    category: row.category,
    recipient,
    purpose,
    legalBasis: row.legal_basis,
    grantedBy: row.granted_by,
    grantedAt: row.granted_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    ...readStoredScope(row),
  };
}
