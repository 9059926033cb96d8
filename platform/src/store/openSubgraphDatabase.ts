import { join } from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;
/** A prepared statement, nameable in a module's declared types (the compiled build emits them). */
export type SqliteStatement<
  Parameters extends unknown[] | object = unknown[],
  Row = unknown,
> = Database.Statement<Parameters, Row>;

export interface OpenDatabaseOptions {
  /** Directory for the file; ':memory:' for an in-memory store (tests). */
  dataDirectory: string;
  /** The subgraph's name: the file is `<name>.sqlite`. */
  name: string;
  /** Idempotent DDL (CREATE TABLE IF NOT EXISTS ...). */
  schemaSql: string;
  /**
   * Fills an empty store. Runs once, inside one transaction, so a crash
   * mid-seed leaves an empty store that is seeded again on the next start.
   */
  seed(database: SqliteDatabase): void;
  /** Changing this (e.g. the seed or scale) re-seeds a store created with another. */
  seedVersion: string;
  /**
   * False: never seed and never re-seed (production without SEED_SYNTHETIC):
   * the store keeps what it holds, or starts empty. True when unset.
   */
  seedSynthetic?: boolean;
}

/**
 * Opens (creating and seeding on first start) a subgraph's embedded SQLite
 * store. WAL mode lets readers run while a write commits; foreign keys are on.
 */
export function openSubgraphDatabase(
  options: OpenDatabaseOptions,
): SqliteDatabase {
  const path =
    options.dataDirectory === ':memory:'
      ? ':memory:'
      : join(options.dataDirectory, `${options.name}.sqlite`);
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.exec(
    'CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
  );
  const seeded = database
    .prepare<[string], { value: string }>(
      'SELECT value FROM store_meta WHERE key = ?',
    )
    .get('seed_version');
  if (
    seeded?.value === options.seedVersion ||
    options.seedSynthetic === false
  ) {
    database.exec(options.schemaSql);
    return database;
  }
  database.transaction(() => {
    dropUserTables(database);
    database.exec(options.schemaSql);
    options.seed(database);
    database
      .prepare('INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)')
      .run('seed_version', options.seedVersion);
  })();
  return database;
}

/** The store's own tables: not SQLite's, not store_meta. */
export function listUserTables(database: SqliteDatabase): string[] {
  return database
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'store_meta'",
    )
    .all()
    .map(({ name }) => name);
}

function dropUserTables(database: SqliteDatabase): void {
  const tables = listUserTables(database);
  database.pragma('foreign_keys = OFF');
  for (const name of tables) database.exec(`DROP TABLE IF EXISTS "${name}"`);
  database.pragma('foreign_keys = ON');
}
