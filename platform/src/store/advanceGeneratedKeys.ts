import { type Kysely, sql } from 'kysely';
import { type StoreDialect } from './connectStore';

/**
 * After a seed wrote its rows' keys itself (numbered as SQLite's rowids
 * would be, the same on either dialect), moves each table's identity past
 * them on PostgreSQL, so the next row a write adds is numbered after the
 * seed's. SQLite numbers from the largest key already: nothing to do.
 */
export async function advanceGeneratedKeys(
  db: Kysely<unknown>,
  dialect: StoreDialect,
  tables: readonly string[],
): Promise<void> {
  if (dialect !== 'postgres') return;
  for (const table of tables)
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce(max(id), 0) + 1, false) from ${sql.table(table)}`.execute(
      db,
    );
}
