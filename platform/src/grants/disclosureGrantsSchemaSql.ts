/**
 * The owner's store of case-specific disclosures, idempotent DDL to append to a
 * subgraph's own schema. Grants are kept after revocation or expiry (they are
 * the owner's record of what it disclosed); the checks make a half-revoked row
 * and a grant to the owner itself impossible to store. `regions` and `units`
 * are JSON lists of the recipient's regions and units the grant reaches, and
 * `level` FULL or SUMMARY (a partial disclosure); a store created before they
 * existed gains them through migrateDisclosureGrantsTable, its rows keeping
 * NULL (national) regions and a NULL (FULL) level.
 */
export const DISCLOSURE_GRANTS_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS disclosure_grants (
  id TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  nominal_id TEXT NOT NULL,
  category TEXT NOT NULL,
  recipient TEXT NOT NULL,
  purpose TEXT NOT NULL,
  legal_basis TEXT NOT NULL,
  granted_by TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  revoked_by TEXT,
  revocation_reason TEXT,
  regions TEXT CHECK (regions IS NULL OR json_valid(regions)),
  units TEXT CHECK (units IS NULL OR json_valid(units)),
  level TEXT CHECK (level IS NULL OR level IN ('FULL', 'SUMMARY')),
  CHECK (owner <> recipient),
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
  CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS disclosure_grants_by_nominal
  ON disclosure_grants (nominal_id, id);
`;
