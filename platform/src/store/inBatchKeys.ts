import { type Expression, type SqlBool, sql } from 'kysely';
import { type StoreDialect } from './connectStore';

/**
 * `column` is one of `keys`, with the keys bound as ONE parameter on either
 * dialect: a JSON array read by json_each on SQLite, a text[] on PostgreSQL.
 * One statement serves a batch of any size, with no cap on bound parameters,
 * so a DataLoader batch stays one query (issue 14). An empty batch matches
 * nothing.
 */
export function inBatchKeys(
  dialect: StoreDialect,
  column: string,
  keys: readonly string[],
): Expression<SqlBool> {
  return dialect === 'postgres'
    ? sql<SqlBool>`${sql.ref(column)} = any(${[...keys]}::text[])`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(keys)}))`;
}

/**
 * Ends a CREATE TABLE whose rows are always read by their key: clustered on
 * it on SQLite (WITHOUT ROWID); PostgreSQL has no such table, its primary key
 * index serves.
 */
export function withoutRowId(dialect: StoreDialect): Expression<unknown> {
  return dialect === 'sqlite' ? sql`without rowid` : sql``;
}

/**
 * A read of many keys at once (one query, through inBatchKeys); an empty batch
 * reads nothing without asking the store.
 */
export function readBatch<Row>(
  read: (keys: readonly string[]) => Promise<Row[]>,
): (keys: readonly string[]) => Promise<Row[]> {
  return (keys) => (keys.length === 0 ? Promise.resolve([]) : read(keys));
}
