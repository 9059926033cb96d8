import { type SqliteDatabase } from '@marsoc/platform';

/**
 * Prepares one statement that reads the rows of many nominals at once. The ids
 * travel as a single JSON parameter (`json_each(?)`), so the statement is
 * prepared once whatever the batch size. `sql` must filter with
 * `nominal_id IN (SELECT value FROM json_each(?))`.
 */
export function createBatchQuery<Row>(
  database: SqliteDatabase,
  sql: string,
): (ids: readonly string[]) => Row[] {
  const statement = database.prepare<[string], Row>(sql);
  return (ids) => (ids.length === 0 ? [] : statement.all(JSON.stringify(ids)));
}

/** The WHERE clause every batch query uses. */
export const FOR_NOMINAL_IDS = 'nominal_id IN (SELECT value FROM json_each(?))';
