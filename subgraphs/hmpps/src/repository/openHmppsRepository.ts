import { openSubgraphDatabase } from '@marsoc/platform/store';
import { type HmppsRepository } from './HmppsRepository';
import { HMPPS_INDEX_SQL, HMPPS_SCHEMA_SQL } from './schema.sql';
import { seedHmppsStore } from './seedHmppsStore';
import { SqliteHmppsRepository } from './SqliteHmppsRepository';

export interface OpenHmppsRepositoryOptions {
  /** Directory of the store file, or ':memory:' (tests). */
  dataDirectory: string;
  seed: string;
  size: number;
  /** Seed an empty store with the synthetic data (SEED_SYNTHETIC); true when unset. */
  seedSynthetic?: boolean;
}

/**
 * Opens the HMPPS store, creating and seeding it on first start (or when the
 * seed or size changed), and returns the repository over it.
 */
export function openHmppsRepository(
  options: OpenHmppsRepositoryOptions,
): HmppsRepository {
  const database = openSubgraphDatabase({
    dataDirectory: options.dataDirectory,
    name: 'hmpps',
    schemaSql: HMPPS_SCHEMA_SQL,
    seed: (store) =>
      seedHmppsStore(store, { seed: options.seed, size: options.size }),
    // Bump the leading version when the generated content changes shape.
    seedVersion: `hmpps-v2:${options.seed}:${options.size}`,
    seedSynthetic: options.seedSynthetic,
  });
  database.exec(HMPPS_INDEX_SQL);
  return new SqliteHmppsRepository(database);
}
