import { type Kysely } from 'kysely';
import {
  createDisclosureGrantRepository,
  type DeskStore,
  type DisclosureGrantRepository,
  type DisclosureGrantTables,
  migrateDisclosureGrantsTable,
} from '../grants';
import { runInTransaction, type SubgraphStore } from '../store';
import {
  createHoldingsQueries,
  type DeskHoldings,
  type HoldingsQueries,
} from './createHoldingsQueries';
import { createDisclosureRequestRepository } from './createDisclosureRequestRepository';
import { type DisclosureRequestRepository } from './DisclosureRequestRepository';
import {
  type DisclosureDeskTables,
  type DisclosureRequestTables,
} from './DisclosureRequestTables';

/**
 * An owner's disclosures beside its data, in one store: its case-specific
 * grants ("Dare to Share", seed 000 E629), the requests for them, and what it
 * holds of a nominal, so an approval writes its grant and its decision in one
 * transaction and a raise is judged on the owner's own holdings.
 */
export interface OwnerDisclosureStore
  extends
    DisclosureGrantRepository,
    DisclosureRequestRepository,
    HoldingsQueries {
  /**
   * Runs `work` as one serializable transaction over a desk made on it, so
   * what it reads and writes commits whole or not at all; on PostgreSQL a
   * serialization failure runs it again from the start (runInTransaction).
   * On a desk already made on a transaction, `work` runs in that one.
   */
  transaction<Result>(
    work: (desk: OwnerDisclosureStore) => Promise<Result>,
  ): Promise<Result>;
}

/**
 * The desk over a subgraph's store on either dialect, its tables made by the
 * subgraph's migration (buildDisclosureDeskTables). One code path: there is
 * no second copy of a query for either dialect.
 */
export function createOwnerDisclosureStore(
  store: DeskStore<DisclosureDeskTables>,
  holdings: DeskHoldings,
): OwnerDisclosureStore {
  // The desk's tables hold both repositories' tables: each sees its own.
  const desk: OwnerDisclosureStore = {
    ...createDisclosureGrantRepository(
      store as unknown as DeskStore<DisclosureGrantTables>,
    ),
    ...createDisclosureRequestRepository(
      store as unknown as DeskStore<DisclosureRequestTables>,
    ),
    ...createHoldingsQueries(store.db as Kysely<unknown>, holdings),
    transaction: (work) =>
      store.db.isTransaction
        ? work(desk)
        : runInTransaction(
            store,
            (trx) =>
              work(
                createOwnerDisclosureStore(
                  { db: trx, dialect: store.dialect },
                  holdings,
                ),
              ),
            { isolation: 'serializable' },
          ),
  };
  return desk;
}

/**
 * The desk over a subgraph's store opened on the one path (openSubgraphStore),
 * on either dialect, its tables made by the subgraph's migration
 * 002_disclosure_desk. A SQLite grant table from before scoping gains its
 * columns first (no PostgreSQL store ever had one).
 */
export function createStoreOwnerDesk<Schema>(
  store: Pick<SubgraphStore<Schema>, 'db' | 'dialect' | 'legacySqlite'>,
  holdings: DeskHoldings,
): OwnerDisclosureStore {
  if (store.legacySqlite) migrateDisclosureGrantsTable(store.legacySqlite);
  return createOwnerDisclosureStore(
    store as unknown as DeskStore<DisclosureDeskTables>,
    holdings,
  );
}
