import { type SqliteDatabase } from '../store';

/** Columns added since the first grant stores were created, with their DDL. */
const ADDED_COLUMNS = [
  {
    name: 'regions',
    ddl: 'regions TEXT CHECK (regions IS NULL OR json_valid(regions))',
  },
  {
    name: 'units',
    ddl: 'units TEXT CHECK (units IS NULL OR json_valid(units))',
  },
  {
    name: 'level',
    ddl: "level TEXT CHECK (level IS NULL OR level IN ('FULL', 'SUMMARY'))",
  },
] as const;

/**
 * Brings a grant table created by an earlier release up to date, in place and
 * idempotently: `CREATE TABLE IF NOT EXISTS` leaves an existing table as it was,
 * and a re-seed would drop the owners' record of what they disclosed. Rows that
 * predate scoping keep NULL regions and units: they were recorded as reaching
 * the whole recipient agency, and keep that reach until they expire (at most a
 * year) or are revoked.
 */
export function migrateDisclosureGrantsTable(database: SqliteDatabase): void {
  const present = new Set(
    database
      .prepare<[], { name: string }>(
        "SELECT name FROM pragma_table_info('disclosure_grants')",
      )
      .all()
      .map((column) => column.name),
  );
  if (present.size === 0) return;
  const missing = ADDED_COLUMNS.filter(({ name }) => !present.has(name));
  if (missing.length === 0) return;
  database.transaction(() => {
    for (const { ddl } of missing) {
      database.exec(`ALTER TABLE disclosure_grants ADD COLUMN ${ddl}`);
    }
  })();
}
