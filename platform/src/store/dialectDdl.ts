import {
  type CreateTableBuilder,
  type Expression,
  type Kysely,
  type SqlBool,
  sql,
} from 'kysely';
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

/** What a migration adds to a CREATE TABLE: its columns and constraints. */
export type TableColumns = (
  table: CreateTableBuilder<string, never>,
) => CreateTableBuilder<string, never>;

/**
 * Creates a table read by its key, unless it exists: a migration that moved a
 * store from the earlier code adopts the table that code made as it is. On
 * SQLite it is clustered on its key (withoutRowId).
 */
export async function createKeyedTable(
  db: Kysely<unknown>,
  dialect: StoreDialect,
  name: string,
  columns: TableColumns,
): Promise<void> {
  await columns(db.schema.createTable(name).ifNotExists())
    .modifyEnd(withoutRowId(dialect))
    .execute();
}
