import { type Expression, type SqlBool, sql } from 'kysely';
import { type StoreDialect } from './connectStore';

/**
 * Ends a CREATE TABLE whose rows are always read by their key: clustered on
 * it on SQLite (WITHOUT ROWID); PostgreSQL has no such table, its primary key
 * index serves.
 */
export function withoutRowId(dialect: StoreDialect): Expression<unknown> {
  return dialect === 'sqlite' ? sql`without rowid` : sql``;
}

/** A CHECK that a text column holds JSON or nothing, on either dialect. */
export function isJsonText(
  dialect: StoreDialect,
  column: string,
): Expression<SqlBool> {
  return dialect === 'postgres'
    ? // PostgreSQL 15 has no IS JSON: a cast that fails refuses the row.
      sql<SqlBool>`${sql.ref(column)} is null or ${sql.ref(column)}::jsonb is not null`
    : sql<SqlBool>`${sql.ref(column)} is null or json_valid(${sql.ref(column)})`;
}
