import { createStoreOwnerDesk } from '@marsoc/platform/disclosure-requests';
import {
  createStoreUpkeep,
  openSubgraphStore,
  type StoreUpkeep,
  type SubgraphStore,
} from '@marsoc/platform/store';
import { createPoliceAssociates } from './createPoliceAssociates';
import { createPoliceRecords } from './createPoliceRecords';
import { createPoliceSearch } from './createPoliceSearch';
import { POLICE_MIGRATIONS } from './migrations';
import { POLICE_HOLDINGS } from './policeHeldCategories';
import { type PoliceRepository } from './PoliceRepository';
import { type PoliceTables } from './PoliceTables';
import { seedPolice } from './seed';

export interface OpenPoliceRepositoryOptions {
  /** Directory for police.sqlite; ':memory:' for a store that lives as long as the process. */
  dataDirectory: string;
  /** PostgreSQL instead of the file (DATABASE_URL, docs/postgres-store.md). */
  databaseUrl?: string;
  seed: string;
  size: number;
  /** Seed an empty store with the synthetic data (SEED_SYNTHETIC); true when unset. */
  seedSynthetic?: boolean;
}

/**
 * Bump when the generated content changes, so existing stores are seeded
 * again. Unchanged by the move to the one store path: the seed writes the
 * same rows, so a store the earlier code seeded is adopted, not re-seeded.
 */
const CONTENT_VERSION = 2;

/**
 * Opens the police store on either dialect: migrated, and seeded from the
 * shared synthetic population on first start (or when the seed or size
 * changed). Its reads run on it whichever it is.
 */
export function openPoliceStore(
  options: OpenPoliceRepositoryOptions,
): Promise<SubgraphStore<PoliceTables>> {
  return openSubgraphStore<PoliceTables>({
    settings: options,
    name: 'police',
    migrations: POLICE_MIGRATIONS,
    seed: (db, dialect) =>
      seedPolice(db, dialect, { seed: options.seed, size: options.size }),
    seedVersion: `police:v${CONTENT_VERSION}:${options.seed}:${options.size}`,
    seedSynthetic: options.seedSynthetic,
  });
}

/** What the police store answers: everything but the desk and the store's own upkeep. */
export type PoliceReads = Omit<
  PoliceRepository,
  'disclosures' | keyof StoreUpkeep
>;

/** The police reads over an open store, on either dialect. */
export function createPoliceReads(
  store: SubgraphStore<PoliceTables>,
): PoliceReads {
  return {
    ...createPoliceRecords(store),
    ...createPoliceSearch(store),
    ...createPoliceAssociates(store),
  };
}

/**
 * The police repository on either dialect: its reads over the store, with the
 * force's disclosure grants and the requests for them beside it, on the same
 * store (migration 002_disclosure_desk), so an approval's grant and decision
 * are one transaction there. Grants and requests survive restarts; a re-seed
 * (new seed or size) empties them with every other table, since the nominals
 * they name are regenerated.
 */
export async function openPoliceRepository(
  options: OpenPoliceRepositoryOptions,
): Promise<PoliceRepository> {
  const store = await openPoliceStore(options);
  return {
    ...createPoliceReads(store),
    disclosures: createStoreOwnerDesk(store, POLICE_HOLDINGS),
    ...createStoreUpkeep(store),
  };
}
