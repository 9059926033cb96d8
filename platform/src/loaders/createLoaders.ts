import DataLoader from 'dataloader';

/** SQLite's default limit on bound parameters is far above this; keep IN (...) lists modest. */
export const MAX_BATCH_SIZE = 500;

/**
 * A loader of one row per key: one repository call per batch, results returned
 * in key order with `null` for a key nothing was found for. Create per request.
 */
export function createRowLoader<Row>(
  findByKeys: (keys: readonly string[]) => readonly Row[],
  keyOf: (row: Row) => string,
): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>(
    (keys) => {
      const byKey = new Map<string, Row>();
      for (const row of findByKeys(keys)) byKey.set(keyOf(row), row);
      return Promise.resolve(keys.map((key) => byKey.get(key) ?? null));
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
  findByKeys: (keys: readonly string[]) => readonly Row[],
  keyOf: (row: Row) => string,
): DataLoader<string, Row[]> {
  return new DataLoader<string, Row[]>(
    (keys) => {
      const byKey = new Map<string, Row[]>();
      for (const row of findByKeys(keys)) {
        const key = keyOf(row);
        const list = byKey.get(key);
        if (list) list.push(row);
        else byKey.set(key, [row]);
      }
      return Promise.resolve(keys.map((key) => byKey.get(key) ?? []));
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}
