import { CompiledQuery, type Kysely } from 'kysely';
import { type StoreDialect } from './connectStore';

export type SeedValue = string | number | null;
export type SeedRow = Readonly<Record<string, SeedValue>>;

/** Buffers seeded rows by table and writes them many to an INSERT; every row of a table has the same columns. */
export interface SeedWriter {
  add(table: string, row: SeedRow): Promise<void>;
  /** Writes whatever is still buffered; call once after the last add. */
  flush(): Promise<void>;
}

/**
 * A writer for seeding a store on either dialect: rows are buffered per
 * table and, once `rowsPerFlush` are waiting, every table is written in
 * `tables` order (parents before children), so a child row never reaches the
 * store before its parent and no foreign key needs deferring. Each table's
 * rows go `rowsPerInsert` to one multi-row INSERT: 10^5 nominals write over
 * 400,000 rows, and one statement per row would take many times as long. The
 * INSERT's text is made once per table and row count, in the dialect's own
 * placeholders, not built row by row (about eight times faster for the
 * seed). Table and column names come from the seeder's code, never from input.
 */
export function createSeedWriter(
  db: Kysely<unknown>,
  dialect: StoreDialect,
  tables: readonly string[],
  { rowsPerFlush = 5000, rowsPerInsert = 500 } = {},
): SeedWriter {
  const buffers = new Map<string, SeedRow[]>(
    tables.map((table) => [table, []]),
  );
  const statements = new Map<string, string>();
  const insertText = (
    table: string,
    columns: readonly string[],
    rows: number,
  ) => {
    const key = `${table}:${rows}`;
    let text = statements.get(key);
    if (text === undefined) {
      text = insertSql(dialect, table, columns, rows);
      statements.set(key, text);
    }
    return text;
  };
  let buffered = 0;
  const flush = async (): Promise<void> => {
    for (const [table, rows] of buffers) {
      const columns = Object.keys(rows[0] ?? {});
      for (let start = 0; start < rows.length;) {
        const batch = rows.slice(
          start,
          start + insertSize(rows.length - start, rowsPerInsert),
        );
        start += batch.length;
        await db.executeQuery(
          CompiledQuery.raw(
            insertText(table, columns, batch.length),
            batch.flatMap((row) =>
              columns.map((column) => row[column] ?? null),
            ),
          ),
        );
      }
      buffers.set(table, []);
    }
    buffered = 0;
  };
  return {
    async add(table, row) {
      const buffer = buffers.get(table);
      if (!buffer) throw new RangeError(`the seed writes no table ${table}`);
      buffer.push(row);
      buffered += 1;
      if (buffered >= rowsPerFlush) await flush();
    },
    flush,
  };
}

/**
 * How many of `waiting` rows the next INSERT takes: `rowsPerInsert`, or for
 * the rest a power of two, so each table has a handful of INSERT texts
 * (about nine) rather than one per remainder each flush leaves, and each is
 * prepared once (connectStore keeps SQLite's prepared statements by text).
 */
function insertSize(waiting: number, rowsPerInsert: number): number {
  if (waiting >= rowsPerInsert) return rowsPerInsert;
  return 2 ** Math.floor(Math.log2(waiting));
}

/** `INSERT INTO table (columns) VALUES (...), ...` with `rows` rows of placeholders. */
function insertSql(
  dialect: StoreDialect,
  table: string,
  columns: readonly string[],
  rows: number,
): string {
  let next = 0;
  const placeholder = () => (dialect === 'postgres' ? `$${(next += 1)}` : '?');
  const values = Array.from(
    { length: rows },
    () => `(${columns.map(placeholder).join(', ')})`,
  );
  const names = columns.map((column) => `"${column}"`).join(', ');
  return `insert into "${table}" (${names}) values ${values.join(', ')}`;
}
