import { type SqliteDatabase } from './openSubgraphDatabase';

export type SqlValue = string | number | null;

/** Buffers rows for one table and writes them many to a statement. */
export interface BatchInsert {
  add(values: readonly SqlValue[]): void;
  /** Writes whatever is still buffered; call once after the last add. */
  flush(): void;
}

/**
 * A multi-row INSERT for seeding: 10^5 nominals write over a million rows, and
 * one statement per 64 rows takes about half the time of one per row (past a
 * few dozen rows the gain flattens). Rows keep the order they were added in.
 * Table and column names come from the seeder's code, never from input.
 */
export function createBatchInsert(
  database: SqliteDatabase,
  table: string,
  columns: readonly string[],
  rowsPerStatement = 64,
): BatchInsert {
  const row = `(${columns.map(() => '?').join(', ')})`;
  const sqlFor = (rows: number) =>
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => row).join(', ')}`;
  const full = database.prepare(sqlFor(rowsPerStatement));
  const single = database.prepare(sqlFor(1));
  let buffer: SqlValue[] = [];
  let buffered = 0;
  return {
    add(values) {
      if (values.length !== columns.length) {
        throw new RangeError(
          `${table} takes ${columns.length} values per row; got ${values.length}`,
        );
      }
      buffer.push(...values);
      buffered += 1;
      if (buffered < rowsPerStatement) return;
      full.run(buffer);
      buffer = [];
      buffered = 0;
    },
    flush() {
      for (let start = 0; start < buffer.length; start += columns.length) {
        single.run(buffer.slice(start, start + columns.length));
      }
      buffer = [];
      buffered = 0;
    },
  };
}
