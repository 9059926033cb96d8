import { type Kysely } from 'kysely';

export type SeedValue = string | number | null;
export type SeedRow = Readonly<Record<string, SeedValue>>;

/** Buffers seeded rows by table and writes them many to an INSERT. */
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
 * rows go `rowsPerInsert` to one multi-row INSERT: 10^5 nominals write over a
 * million rows, and one statement per row would take many times as long.
 * Table names come from the seeder's code, never from input.
 */
export function createSeedWriter(
  db: Kysely<unknown>,
  tables: readonly string[],
  { rowsPerFlush = 5000, rowsPerInsert = 500 } = {},
): SeedWriter {
  const buffers = new Map<string, SeedRow[]>(
    tables.map((table) => [table, []]),
  );
  let buffered = 0;
  const flush = async (): Promise<void> => {
    for (const [table, rows] of buffers) {
      for (let start = 0; start < rows.length; start += rowsPerInsert) {
        await (db as Kysely<Record<string, SeedRow>>)
          .insertInto(table)
          .values(rows.slice(start, start + rowsPerInsert))
          .execute();
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
