import { type StoreDescription } from './describeSubgraphStore';
import { type SubgraphStore } from './openSubgraphStore';

/**
 * What a repository over a subgraph store owes its service besides its
 * reads: the start-up line's account of the store, and a way to close it
 * (a pool of connections on PostgreSQL) when the service stops.
 */
export interface StoreUpkeep {
  /** Which store it is (the file, or the server and schema) and what it held once open. */
  describeStore(): StoreDescription;
  /** Closes the store (its pool on PostgreSQL, its file on SQLite). */
  close(): Promise<void>;
}

/** The upkeep of an open store, for a repository to spread beside its reads. */
export function createStoreUpkeep<Schema>(
  store: SubgraphStore<Schema>,
): StoreUpkeep {
  return {
    describeStore: () => ({ store: store.location, ...store.contents }),
    close: () => store.close(),
  };
}
