import { createStoreOwnerDesk } from '@marsoc/platform/disclosure-requests';
import {
  createStoreUpkeep,
  openSubgraphStore,
  type SubgraphStore,
} from '@marsoc/platform/store';
import { createHmppsRecordReads } from './createHmppsRepository';
import { HMPPS_HOLDINGS } from './hmppsHeldCategories';
import { type HmppsRepository } from './HmppsRepository';
import { type HmppsTables } from './HmppsTables';
import { HMPPS_MIGRATIONS } from './migrations';
import { seedHmpps } from './seed';

export interface OpenHmppsRepositoryOptions {
  /** Directory of `hmpps.sqlite`, or ':memory:' (tests). */
  dataDirectory: string;
  /** PostgreSQL instead of the file (DATABASE_URL, docs/postgres-store.md). */
  databaseUrl?: string;
  seed: string;
  size: number;
  /** Seed an empty store with the synthetic data (SEED_SYNTHETIC); true when unset. */
  seedSynthetic?: boolean;
}

/** Bump the leading version when the generated content changes shape. */
const SEED_FORMAT = 'hmpps-v2';

/**
 * Opens the HMPPS store on either dialect: migrated, and seeded from the
 * shared synthetic population on first start (or when the seed or size
 * changed). Its reads run on it whichever it is.
 */
export function openHmppsStore(
  options: OpenHmppsRepositoryOptions,
): Promise<SubgraphStore<HmppsTables>> {
  return openSubgraphStore<HmppsTables>({
    settings: options,
    name: 'hmpps',
    migrations: HMPPS_MIGRATIONS,
    seed: (db, dialect) =>
      seedHmpps(db, dialect, { seed: options.seed, size: options.size }),
    seedVersion: `${SEED_FORMAT}:${options.seed}:${options.size}`,
    seedSynthetic: options.seedSynthetic,
  });
}

/**
 * The subgraph's whole repository on either dialect: its records' reads over
 * the store, with HMPPS's disclosure grants and the requests for them beside
 * it, on the same store (migration 002_disclosure_desk), so an approval's
 * grant and decision are one transaction there. Grants and requests survive
 * restarts; a re-seed (new seed or size) empties them with every other table,
 * since the nominals they name are regenerated.
 */
export async function openHmppsRepository(
  options: OpenHmppsRepositoryOptions,
): Promise<HmppsRepository> {
  const store = await openHmppsStore(options);
  return {
    ...createHmppsRecordReads(store),
    disclosures: createStoreOwnerDesk(store, HMPPS_HOLDINGS),
    ...createStoreUpkeep(store),
  };
}
