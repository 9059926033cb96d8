import { type RepositoryOptions } from '@marsoc/platform';
import {
  openSubgraphDatabase,
  type SqliteDatabase,
} from '@marsoc/platform/store';
import { createSearchRateLimiter } from '../search/SearchRateLimiter';
import { type ApmisRepository } from './ApmisRepository';
import { APMIS_SCHEMA_SQL } from './schema.sql';
import { seedApmis } from './seed';
import { SqliteApmisRepository } from './SqliteApmisRepository';

export interface OpenApmisOptions {
  /** Directory of `apmis.sqlite`; ':memory:' for a store that lives with the process (tests). */
  dataDirectory: string;
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

/** Opens (creating and seeding on first start) the APMIS store. */
export function openApmisDatabase(options: OpenApmisOptions): SqliteDatabase {
  return openSubgraphDatabase({
    dataDirectory: options.dataDirectory,
    name: 'apmis',
    schemaSql: APMIS_SCHEMA_SQL,
    seed: (database) =>
      seedApmis(database, { seed: options.seed, size: options.size }),
    seedVersion: `${SEED_FORMAT}:${options.seed}:${options.size}`,
    seedSynthetic: options.seedSynthetic,
  });
}

/** The APMIS repository over its seeded store. */
export function openApmisRepository(
  options: OpenApmisOptions,
): ApmisRepository {
  const { limits } = options;
  return new SqliteApmisRepository(
    openApmisDatabase(options),
    limits &&
      createSearchRateLimiter(limits.store, limits.config.searchesPerMinute),
  );
}
