import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
} from 'kysely';
import { Pool } from 'pg';
import { type SqliteDatabase } from './openSubgraphDatabase';

export type StoreDialect = 'sqlite' | 'postgres';

/** Where a subgraph's store is: PostgreSQL when `databaseUrl` is set, else the SQLite file. */
export interface StoreSettings {
  /** `DATABASE_URL`: a PostgreSQL server and database shared by the replicas. */
  databaseUrl?: string;
  /** The SQLite file's directory; ':memory:' for an in-memory store (tests). */
  dataDirectory: string;
}

/** An open connection to one subgraph's store, before migrations. */
export interface StoreConnection<Schema> {
  db: Kysely<Schema>;
  dialect: StoreDialect;
  /** The subgraph's schema on PostgreSQL; undefined on SQLite. */
  schema: string | undefined;
  /** Where the store is, in words, with no password in them. */
  location: string;
  /**
   * The SQLite file's own handle, for code not yet moved to the one path
   * (docs/postgres-store.md, the order of the move); undefined on PostgreSQL.
   */
  legacySqlite: SqliteDatabase | undefined;
}

const SCHEMA_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * Connects to `name`'s store. On PostgreSQL every pooled connection has its
 * search_path set to the schema `name`, so queries never name a schema and two
 * subgraphs sharing a database never see each other's tables.
 */
export function connectStore<Schema>(
  settings: StoreSettings,
  name: string,
): StoreConnection<Schema> {
  if (!SCHEMA_NAME.test(name))
    throw new Error(`store name '${name}' is not a plain lower-case name`);
  if (settings.databaseUrl) return connectPostgres(settings.databaseUrl, name);
  const path =
    settings.dataDirectory === ':memory:'
      ? ':memory:'
      : join(settings.dataDirectory, `${name}.sqlite`);
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  return {
    db: createSqliteKysely<Schema>(database),
    dialect: 'sqlite',
    schema: undefined,
    location: path,
    legacySqlite: database,
  };
}

/** Each SQLite store's Kysely instance's own better-sqlite3 handle (readSqliteDirectly). */
const sqliteHandles = new WeakMap<object, SqliteDatabase>();

/**
 * Kysely over an open better-sqlite3 connection. Also how a store still opened
 * synchronously runs code moved to the one path (the disclosure desk) on the
 * same connection; closing that store closes the connection.
 */
export function createSqliteKysely<Schema>(
  database: SqliteDatabase,
): Kysely<Schema> {
  const db = new Kysely<Schema>({
    dialect: new SqliteDialect({ database: reusePreparedStatements(database) }),
  });
  sqliteHandles.set(db, database);
  return db;
}

/**
 * A prepared read run on a SQLite store's own handle, without Kysely's way to
 * the driver (its connection lock and result plumbing: about 1.6 µs a query,
 * as much again as a small read's own time), or undefined where that is not
 * safe, so the caller runs the query through Kysely: on PostgreSQL, for a
 * statement that writes, and whenever a transaction is open on the
 * connection, since such a read would see what that transaction has not yet
 * committed (Kysely's lock makes a read wait for it to end). Outside a
 * transaction a better-sqlite3 read is synchronous, so nothing else runs on
 * the connection while it does.
 */
export function readSqliteDirectly<Schema, Row>(
  db: Kysely<Schema>,
  sqlText: string,
): ((parameters: readonly unknown[]) => Row[] | undefined) | undefined {
  const database = sqliteHandles.get(db);
  if (database === undefined) return undefined;
  const statement = database.prepare<unknown[], Row>(sqlText);
  if (!statement.reader) return undefined;
  return (parameters) =>
    database.inTransaction ? undefined : statement.all(...parameters);
}

/** Statements kept at most, by SQL text: the store's queries are a fixed set from code. */
const PREPARED_STATEMENTS = 500;

/**
 * Kysely prepares every query it runs; better-sqlite3's statements can be run
 * again, so each SQL text is prepared once and kept (a batch read's text is
 * the same for any batch: inBatchKeys binds one parameter). Preparing was
 * about a third of a small read's time.
 */
function reusePreparedStatements(
  database: SqliteDatabase,
): SqliteDialectConfig['database'] {
  const prepared = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  return {
    close: () => database.close(),
    prepare(sqlText) {
      let statement = prepared.get(sqlText);
      if (statement === undefined) {
        if (prepared.size >= PREPARED_STATEMENTS) prepared.clear();
        statement = database.prepare(sqlText);
        prepared.set(sqlText, statement);
      }
      return statement;
    },
  };
}

function connectPostgres<Schema>(
  databaseUrl: string,
  schema: string,
): StoreConnection<Schema> {
  // Checked before a connection is made: a bad URL stops the start, naming it.
  const location = `postgres ${describeDatabaseUrl(databaseUrl)} schema ${schema}`;
  const pool = new Pool({
    connectionString: databaseUrl,
    options: `-c search_path=${schema}`,
  });
  // An idle connection the server drops is discarded by the pool and the next
  // query gets a fresh one; without a listener the error would end the process.
  pool.on('error', () => undefined);
  return {
    db: new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }),
    dialect: 'postgres',
    schema,
    location,
    legacySqlite: undefined,
  };
}

/** host:port/database of a DATABASE_URL, never its user's password. */
export function describeDatabaseUrl(databaseUrl: string): string {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error(
      'DATABASE_URL is not a URL (postgres://user@host:port/database)',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    throw new Error(
      `DATABASE_URL must be a postgres:// URL; got the scheme '${url.protocol}'`,
    );
  return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
}
