import { createStoreOwnerDesk } from '@marsoc/platform/disclosure-requests';
import {
  createStoreUpkeep,
  openSubgraphStore,
  type SubgraphStore,
} from '@marsoc/platform/store';
import { createHmrcRepository } from './createHmrcRepository';
import { createNcaRepository } from './createNcaRepository';
import { NCA_HMRC_MIGRATIONS } from './migrations';
import { NCA_HMRC_HOLDINGS } from './ncaHmrcHoldings';
import { type NcaHmrcRepository } from './NcaHmrcRepository';
import { type NcaHmrcTables } from './NcaHmrcTables';
import { seedNcaHmrc } from './seed';

export interface OpenNcaHmrcRepositoryOptions {
  /** Directory for `ncahmrc.sqlite`; ':memory:' for an in-memory store. */
  dataDirectory: string;
  /** PostgreSQL instead of the file (DATABASE_URL; docs/postgres-store.md). */
  databaseUrl?: string;
  /** The synthetic population's seed. */
  seed: string;
  /** How many nominals the population has. */
  size: number;
  /** Seed an empty store with the synthetic data (SEED_SYNTHETIC); true when unset. */
  seedSynthetic?: boolean;
}

/** Bump when the generated content changes, so existing stores are re-seeded. */
const SEED_FORMAT = 'ncahmrc-v1';

/**
 * Opens the NCA/HMRC store on either dialect: migrated, and seeded from the
 * shared synthetic population on first start (or when the seed or size
 * changes). Its HMRC and NCA reads run on it whichever it is.
 */
export function openNcaHmrcStore(
  options: OpenNcaHmrcRepositoryOptions,
): Promise<SubgraphStore<NcaHmrcTables>> {
  return openSubgraphStore<NcaHmrcTables>({
    settings: options,
    name: 'ncahmrc',
    migrations: NCA_HMRC_MIGRATIONS,
    seed: (db, dialect) =>
      seedNcaHmrc(db, dialect, { seed: options.seed, size: options.size }),
    seedVersion: `${SEED_FORMAT}:${options.seed}:${options.size}`,
    seedSynthetic: options.seedSynthetic,
  });
}

/**
 * The subgraph's whole repository on either dialect: both owners' reads over
 * the store, with their disclosure grants and the requests for them beside
 * it, on the same store (migration 002_disclosure_desk), so an approval's
 * grant and decision are one transaction there. Grants and requests survive
 * restarts; a re-seed (new seed or size) empties them with every other table,
 * since the nominals they name are regenerated.
 */
export async function openNcaHmrcRepository(
  options: OpenNcaHmrcRepositoryOptions,
): Promise<NcaHmrcRepository> {
  const store = await openNcaHmrcStore(options);
  return {
    ...createHmrcRepository(store),
    ...createNcaRepository(store),
    ...createStoreOwnerDesk(store, NCA_HMRC_HOLDINGS),
    ...createStoreUpkeep(store),
  };
}
