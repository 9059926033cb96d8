import { type SqliteDatabase } from './openSubgraphDatabase';

/**
 * Filters a column by many keys bound as one JSON array parameter
 * (`WHERE nominal_id ${IN_BATCH_KEYS}`), so one prepared statement serves a
 * batch of any size: no statement per size, no cap on bound parameters.
 */
export const IN_BATCH_KEYS = 'IN (SELECT value FROM json_each(?))';

/** The parameter IN_BATCH_KEYS reads: the keys as one JSON array. */
export function toBatchKeys(keys: readonly (string | number)[]): string {
  return JSON.stringify(keys);
}

/**
 * Prepares a read of many keys at once: `sql` takes its one parameter through
 * IN_BATCH_KEYS. An empty batch reads nothing without asking the store.
 */
export function prepareBatchRead<Row>(
  database: SqliteDatabase,
  sql: string,
): (keys: readonly string[]) => Row[] {
  const statement = database.prepare<[string], Row>(sql);
  return (keys) => (keys.length === 0 ? [] : statement.all(toBatchKeys(keys)));
}
