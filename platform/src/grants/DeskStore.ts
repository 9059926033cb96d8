import { type Kysely } from 'kysely';
import { type StoreDialect } from '../store';

/**
 * A desk repository's handle on the store: the subgraph's Kysely instance, or
 * a transaction on it, and its dialect. Made on a transaction, every query of
 * the repository runs in that transaction.
 */
export interface DeskStore<Tables> {
  db: Kysely<Tables>;
  dialect: StoreDialect;
}

/**
 * Runs a write of several statements as one: in the transaction the
 * repository was made on, or else in one of its own.
 */
export function writeAtomically<Tables, Result>(
  db: Kysely<Tables>,
  work: (db: Kysely<Tables>) => Promise<Result>,
): Promise<Result> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
