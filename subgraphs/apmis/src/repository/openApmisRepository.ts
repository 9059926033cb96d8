import { type RepositoryOptions } from '@marsoc/platform';
import {
  openSubgraphStore,
  type SqliteDatabase,
  type SubgraphStore,
} from '@marsoc/platform/store';
import { createSearchRateLimiter } from '../search/SearchRateLimiter';
import { type ApmisRepository } from './ApmisRepository';
import { APMIS_MIGRATIONS } from './migrations';
import { seedApmis } from './seed';
import { SqliteApmisRepository } from './SqliteApmisRepository';

export interface OpenApmisOptions {
  /** Directory of `apmis.sqlite`; ':memory:' for a store that lives with the process (tests). */
  dataDirectory: string;
  /**
   * PostgreSQL instead of the file: the store's tables and seed only, for
   * now (openApmisRepository refuses it: its reads and writes are still
   * SQLite's, docs/postgres-store.md).
   */
  databaseUrl?: string;
  /** Seed of the synthetic population. */
  seed: string;
  /** Number of nominals on the master list. */
  size: number;
  /** Seed an empty store with the synthetic data (SEED_SYNTHETIC); true when unset. */
  seedSynthetic?: boolean;
  /** The service's limits store (Redis for replicas); the search count is in memory without it. */
  limits?: RepositoryOptions['limits'];
}

/** Bump when the seeded content changes, so stores seeded by older code are re-seeded. */
const SEED_FORMAT = 'apmis-3';

/**
 * Opens the APMIS store on either dialect: migrated, and seeded from the
 * shared synthetic population on first start (or when the seed or size
 * changed).
 */
export function openApmisStore(
  options: OpenApmisOptions,
): Promise<SubgraphStore<unknown>> {
  return openSubgraphStore({
    settings: options,
    name: 'apmis',
    migrations: APMIS_MIGRATIONS,
    seed: (db, dialect) =>
      seedApmis(db, dialect, { seed: options.seed, size: options.size }),
    seedVersion: `${SEED_FORMAT}:${options.seed}:${options.size}`,
    seedSynthetic: options.seedSynthetic,
  });
}

/**
 * Opens the APMIS store and hands back the SQLite file's own handle, which
 * APMIS's reads and writes still run on (docs/postgres-store.md, the order
 * of the move). On PostgreSQL it closes the store and fails, rather than
 * serve from anywhere else.
 */
export async function openApmisDatabase(
  options: OpenApmisOptions,
): Promise<SqliteDatabase> {
  const store = await openApmisStore(options);
  if (store.legacySqlite !== undefined) return store.legacySqlite;
  await store.close();
  throw new Error(
    "APMIS's reads and writes run on its SQLite file only, not yet on DATABASE_URL (docs/postgres-store.md)",
  );
}

/** The APMIS repository over its seeded store. */
export async function openApmisRepository(
  options: OpenApmisOptions,
): Promise<ApmisRepository> {
  const { limits } = options;
  return new SqliteApmisRepository(
    await openApmisDatabase(options),
    limits &&
      createSearchRateLimiter(limits.store, limits.config.searchesPerMinute),
  );
}
