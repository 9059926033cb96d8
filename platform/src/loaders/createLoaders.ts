import DataLoader from 'dataloader';

/** SQLite's default limit on bound parameters is far above this; keep IN (...) lists modest. */
export const MAX_BATCH_SIZE = 500;

/**
 * A repository's batch read: the rows of many keys, from a synchronous store
 * or (moved to the one Kysely path, docs/postgres-store.md) an async one.
 */
export type FindByKeys<Row> = (
  keys: readonly string[],
) => readonly Row[] | Promise<readonly Row[]>;

/**
 * A loader of one row per key: one repository call per batch, results returned
 * in key order with `null` for a key nothing was found for. Create per request.
 */
export function createRowLoader<Row>(
  findByKeys: FindByKeys<Row>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>(
    async (keys) => {
      const byKey = new Map<string, Row>();
      for (const row of await findByKeys(keys)) byKey.set(keyOf(row), row);
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

/**
 * A loader of every row per key (e.g. all convictions of a nominal): one
 * repository call per batch, an empty list for a key with none. Rows keep the
 * repository's order within each key, so ordering is decided in SQL.
 */
export function createListLoader<Row>(
  findByKeys: FindByKeys<Row>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row[]> {
  return new DataLoader<string, Row[]>(
    async (keys) => {
      const byKey = new Map<string, Row[]>();
      for (const row of await findByKeys(keys)) {
        const key = keyOf(row);
        const list = byKey.get(key);
        if (list) list.push(row);
        else byKey.set(key, [row]);
      }
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}
