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
  const bound = encodeBatchKeys(dialect, keys);
  return dialect === 'postgres'
    ? sql<SqlBool>`${sql.ref(column)} = any(${bound}::text[])`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${bound}))`;
}

/** The one parameter inBatchKeys binds: a JSON array on SQLite, an array on PostgreSQL. */
export function encodeBatchKeys(
  dialect: StoreDialect,
  keys: readonly string[],
): string | string[] {
  return dialect === 'postgres' ? [...keys] : JSON.stringify(keys);
}
