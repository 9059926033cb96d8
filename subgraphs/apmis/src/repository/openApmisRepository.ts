import { type RepositoryOptions } from '@marsoc/platform';
import {
  openSubgraphStore,
  type SqliteDatabase,
  type SubgraphStore,
} from '@marsoc/platform/store';
import { createSearchRateLimiter } from '../search/SearchRateLimiter';
import { type ApmisRepository } from './ApmisRepository';
import { APMIS_MIGRATIONS } from './migrations';
import { type ApmisTables } from './ApmisTables';
import { seedApmis } from './seed';
import { createApmisRepository } from './createApmisRepository';

/** The APMIS store on its SQLite file, with the file's own handle (tests read the tables through it). */
export type ApmisSqliteStore = SubgraphStore<ApmisTables> & {
  legacySqlite: SqliteDatabase;
};

export interface OpenApmisOptions {
  /** Directory of `apmis.sqlite`; ':memory:' for a store that lives with the process (tests). */
  dataDirectory: string;
  /**
   * PostgreSQL instead of the file (docs/postgres-store.md). The service
   * passes none yet: its descriptor does not declare `sharedStore`.
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
): Promise<SubgraphStore<ApmisTables>> {
  return openSubgraphStore<ApmisTables>({
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
 * Opens the APMIS store on its SQLite file, with the file's own handle, for
 * tests that read or write the tables directly. On PostgreSQL, which has no
 * such handle, it closes the store and fails.
 */
export async function openApmisSqliteStore(
  options: OpenApmisOptions,
): Promise<ApmisSqliteStore> {
  const store = await openApmisStore(options);
  const { legacySqlite } = store;
  if (legacySqlite !== undefined) return { ...store, legacySqlite };
  await store.close();
  throw new Error(
    'the APMIS store has a SQLite file handle only on SQLite, not on DATABASE_URL',
  );
}

/** The SQLite file's own handle of the opened APMIS store (openApmisSqliteStore). */
export async function openApmisDatabase(
  options: OpenApmisOptions,
): Promise<SqliteDatabase> {
  return (await openApmisSqliteStore(options)).legacySqlite;
}

/** The APMIS repository over its seeded store, on either dialect. */
export async function openApmisRepository(
  options: OpenApmisOptions,
): Promise<ApmisRepository> {
  const { limits } = options;
  return createApmisRepository(
    await openApmisStore(options),
    limits &&
      createSearchRateLimiter(limits.store, limits.config.searchesPerMinute),
  );
}
