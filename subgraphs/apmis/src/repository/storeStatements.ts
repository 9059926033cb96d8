import { type Kysely, type RawBuilder } from 'kysely';

/**
 * The handle a write store runs on: the APMIS store's Kysely instance or, for
 * every store of a write, the one transaction on it (ApmisWrites).
 */
export type StoreHandle = Kysely<unknown>;

/** The statement's first row, or undefined when it returned none. */
export async function readFirstRow<Row>(
  db: StoreHandle,
  query: RawBuilder<Row>,
): Promise<Row | undefined> {
  return (await query.execute(db)).rows[0];
}

/** Every row of the statement. */
export async function readRows<Row>(
  db: StoreHandle,
  query: RawBuilder<Row>,
): Promise<Row[]> {
  return (await query.execute(db)).rows;
}

/** Runs an INSERT … RETURNING id (both dialects) and answers the new row's number. */
export async function insertReturningId(
  db: StoreHandle,
  query: RawBuilder<{ id: number }>,
): Promise<number> {
  const row = await readFirstRow(db, query);
  if (row === undefined) throw new Error('an insert returned no id');
  return Number(row.id);
}

/**
 * Runs a change that must touch exactly one row (`what` names the store in
 * the error); anything else fails the whole transaction, so a write never
 * half-applies against a row that has moved on.
 */
export async function changeOneRow(
  db: StoreHandle,
  query: RawBuilder<unknown>,
  what: string,
): Promise<void> {
  const changes = Number((await query.execute(db)).numAffectedRows ?? 0);
  if (changes !== 1)
    throw new Error(`a ${what} write touched ${changes} rows, not one`);
}
