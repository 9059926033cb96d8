import { type Expression, type SqlBool, sql } from 'kysely';
import { type StoreDialect } from './connectStore';

/** What a batch's keys are: text (a nominal id), or whole numbers (a row number). */
export type BatchKeyType = 'text' | 'integer';

/**
 * `column` is one of `keys`, with the keys bound as ONE parameter on either
 * dialect: a JSON array read by json_each on SQLite, a text[] or bigint[] on
 * PostgreSQL (which compares an integer column with text keys not at all).
 * One statement serves a batch of any size, with no cap on bound parameters,
 * so a DataLoader batch stays one query (issue 14). An empty batch matches
 * nothing.
 */
export function inBatchKeys(
  dialect: StoreDialect,
  column: string,
  keys: readonly (string | number)[],
  type: BatchKeyType = 'text',
): Expression<SqlBool> {
  const bound = encodeBatchKeys(dialect, keys);
  if (dialect === 'sqlite')
    return sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${bound}))`;
  return type === 'integer'
    ? sql<SqlBool>`${sql.ref(column)} = any(${bound}::bigint[])`
    : sql<SqlBool>`${sql.ref(column)} = any(${bound}::text[])`;
}

/** The one parameter inBatchKeys binds: a JSON array on SQLite, an array on PostgreSQL. */
export function encodeBatchKeys(
  dialect: StoreDialect,
  keys: readonly (string | number)[],
): string | (string | number)[] {
  return dialect === 'postgres' ? [...keys] : JSON.stringify(keys);
}
