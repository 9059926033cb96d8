import { sql } from 'kysely';
import {
  type BuildDdl,
  compileSqliteDdl,
  isJsonText,
  withoutRowId,
} from '../store';

/**
 * The owner's store of case-specific disclosures, to add to a subgraph's own
 * tables. Grants are kept after revocation or expiry (they are the owner's
 * record of what it disclosed); the checks make a half-revoked row and a
 * grant to the owner itself impossible to store. `regions` and `units` are
 * JSON lists of the recipient's regions and units the grant reaches, and
 * `level` FULL or SUMMARY (a partial disclosure); a store created before they
 * existed gains them through migrateDisclosureGrantsTable, its rows keeping
 * NULL (national) regions and a NULL (FULL) level. Written once, for either
 * dialect: a migration runs it (runDdl), a synchronous SQLite store executes
 * its text.
 */
export const buildDisclosureGrantsTables: BuildDdl = (db, dialect) => [
  db.schema
    .createTable('disclosure_grants')
    .ifNotExists()
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('owner', 'text', (column) => column.notNull())
    .addColumn('nominal_id', 'text', (column) => column.notNull())
    .addColumn('category', 'text', (column) => column.notNull())
    .addColumn('recipient', 'text', (column) => column.notNull())
    .addColumn('purpose', 'text', (column) => column.notNull())
    .addColumn('legal_basis', 'text', (column) => column.notNull())
    .addColumn('granted_by', 'text', (column) => column.notNull())
    .addColumn('granted_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('revocation_reason', 'text')
    .addColumn('regions', 'text', (column) =>
      column.check(isJsonText(dialect, 'regions')),
    )
    .addColumn('units', 'text', (column) =>
      column.check(isJsonText(dialect, 'units')),
    )
    .addColumn('level', 'text', (column) =>
      column.check(sql`level is null or level in ('FULL', 'SUMMARY')`),
    )
    .addCheckConstraint(
      'disclosure_grants_not_to_owner',
      sql`owner <> recipient`,
    )
    .addCheckConstraint(
      'disclosure_grants_revoked_by',
      sql`(revoked_at is null) = (revoked_by is null)`,
    )
    .addCheckConstraint(
      'disclosure_grants_revocation_reason',
      sql`(revoked_at is null) = (revocation_reason is null)`,
    )
    .modifyEnd(withoutRowId(dialect)),
  db.schema
    .createIndex('disclosure_grants_by_nominal')
    .ifNotExists()
    .on('disclosure_grants')
    .columns(['nominal_id', 'id']),
];

/** The SQLite text of buildDisclosureGrantsTables, for stores opened synchronously. */
export const DISCLOSURE_GRANTS_SCHEMA_SQL = compileSqliteDdl(
  buildDisclosureGrantsTables,
);
