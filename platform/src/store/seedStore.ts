import { type Kysely, sql, type Transaction } from 'kysely';
import { type StoreConnection, type StoreDialect } from './connectStore';

/** What a store holds, as the start-up line tells it (describeSubgraphStore's words). */
export type StoreContents =
  { data: 'synthetic'; seedVersion: string } | { data: 'existing' | 'empty' };

export interface SeedStoreOptions {
  /** Fills an empty store; runs inside the seeding transaction. */
  seed(db: Kysely<unknown>, dialect: StoreDialect): Promise<void>;
  /** Changing this (the seed, the scale, the generator) re-seeds a store seeded with another. */
  seedVersion: string;
  /** False: never seed and never empty a store (production without SEED_SYNTHETIC). */
  seedSynthetic: boolean;
}

type Meta = { store_meta: { key: string; value: string } };

/**
 * Seeds the store if it should be, in one transaction: a store with no data
 * is seeded; one seeded with another version holds only what a seed and later
 * writes put there, and is emptied and seeded again; data no seed wrote is
 * never touched. On PostgreSQL the transaction first takes an advisory lock
 * on the schema, so of two replicas starting together one seeds and the other
 * then finds the seed version set. A crash mid-seed leaves the store as it was.
 */
export async function seedStore(
  connection: StoreConnection<unknown>,
  options: SeedStoreOptions,
): Promise<StoreContents> {
  return connection.db.transaction().execute(async (trx) => {
    if (connection.dialect === 'postgres')
      await sql`select pg_advisory_xact_lock(hashtext(${`marsoc-store:${connection.schema ?? ''}`}))`.execute(
        trx,
      );
    await trx.schema
      .createTable('store_meta')
      .ifNotExists()
      .addColumn('key', 'text', (column) => column.primaryKey())
      .addColumn('value', 'text', (column) => column.notNull())
      .execute();
    const meta = trx as unknown as Transaction<Meta>;
    const seeded = await meta
      .selectFrom('store_meta')
      .select('value')
      .where('key', '=', 'seed_version')
      .executeTakeFirst();
    const tables = await listStoreTables(trx, connection.schema);
    if (seeded?.value === options.seedVersion || !options.seedSynthetic)
      return describeContents(trx, tables, seeded?.value);
    if (seeded === undefined && (await holdsRows(trx, tables)))
      return { data: 'existing' };
    // Append-only tables let this emptying through, and nothing else (ddlText).
    await meta
      .insertInto('store_meta')
      .values({ key: 'emptying', value: 'seed' })
      .execute();
    await emptyTables(trx, connection.dialect, tables);
    await meta.deleteFrom('store_meta').where('key', '=', 'emptying').execute();
    await options.seed(trx, connection.dialect);
    await meta
      .deleteFrom('store_meta')
      .where('key', '=', 'seed_version')
      .execute();
    await meta
      .insertInto('store_meta')
      .values({ key: 'seed_version', value: options.seedVersion })
      .execute();
    return { data: 'synthetic', seedVersion: options.seedVersion };
  });
}

/** The store's own tables: not the migrator's, not store_meta. */
export async function listStoreTables(
  db: Kysely<unknown>,
  schema: string | undefined,
): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables
    .filter((table) => !table.isView && table.schema === schema)
    .map((table) => table.name)
    .filter((name) => name !== 'store_meta');
}

async function describeContents(
  db: Kysely<unknown>,
  tables: readonly string[],
  seedVersion: string | undefined,
): Promise<StoreContents> {
  if (seedVersion !== undefined) return { data: 'synthetic', seedVersion };
  return { data: (await holdsRows(db, tables)) ? 'existing' : 'empty' };
}

async function holdsRows(
  db: Kysely<unknown>,
  tables: readonly string[],
): Promise<boolean> {
  for (const table of tables) {
    const row = await sql`select 1 from ${sql.table(table)} limit 1`.execute(
      db,
    );
    if (row.rows.length > 0) return true;
  }
  return false;
}

async function emptyTables(
  db: Kysely<unknown>,
  dialect: StoreConnection<unknown>['dialect'],
  tables: readonly string[],
): Promise<void> {
  if (tables.length === 0) return;
  if (dialect === 'postgres') {
    // Numbered afresh, as SQLite's rowids are in an emptied table.
    await sql`truncate ${sql.join(tables.map((table) => sql.table(table)))} restart identity`.execute(
      db,
    );
    return;
  }
  // Children and parents are emptied in one go: checked at commit, not per row.
  await sql`pragma defer_foreign_keys = on`.execute(db);
  for (const table of tables)
    await sql`delete from ${sql.table(table)}`.execute(db);
}
