import { type Transaction } from 'kysely';
import { type SubgraphStore } from './openSubgraphStore';

export type TransactionIsolation =
  'serializable' | 'repeatable read' | 'read committed';

export interface TransactionOptions {
  /**
   * PostgreSQL's isolation level: `serializable` (the default) for a state
   * machine, `read committed` where a write only adds rows of its own. SQLite
   * has one writer per file: its transactions are serializable whatever this says.
   */
  isolation?: TransactionIsolation;
  /** How many times `work` may run in all; 3 unless given. */
  attempts?: number;
}

/** Serialization failure and deadlock: the transaction may succeed if run again. */
const RETRYABLE = new Set(['40001', '40P01']);

/**
 * Runs `work` as one transaction, committed if it returns and rolled back if
 * it throws. A PostgreSQL serialization failure or deadlock runs `work` again
 * from the start, up to `attempts` times in all, so `work` must read what it
 * decides on inside the transaction and have no effect outside it. Of two
 * replicas moving one record's state at once, one commits; the other's retry
 * reads the new state.
 */
export async function runInTransaction<Schema, Result>(
  store: Pick<SubgraphStore<Schema>, 'db' | 'dialect'>,
  work: (trx: Transaction<Schema>) => Promise<Result>,
  options: TransactionOptions = {},
): Promise<Result> {
  const attempts = options.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new RangeError(
      `attempts must be a whole number from 1; got ${attempts}`,
    );
  for (let attempt = 1; ; attempt += 1) {
    const transaction = store.db.transaction();
    try {
      return await (
        store.dialect === 'postgres'
          ? transaction.setIsolationLevel(options.isolation ?? 'serializable')
          : transaction
      ).execute(work);
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
    }
  }
}

/** True for the PostgreSQL errors that running the transaction again may cure. */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}
