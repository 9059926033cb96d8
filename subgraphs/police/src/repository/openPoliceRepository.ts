import { openSubgraphDatabase } from '@marsoc/platform/store';
import { type PoliceRepository } from './PoliceRepository';
import { POLICE_SCHEMA_SQL } from './schema.sql';
import { seedPoliceStore } from './seed';
import { createSqlitePoliceRepository } from './SqlitePoliceRepository';

export interface OpenPoliceRepositoryOptions {
  /** Directory for police.sqlite; ':memory:' for a store that lives as long as the process. */
  dataDirectory: string;
  seed: string;
  size: number;
  /** Seed an empty store with the synthetic data (SEED_SYNTHETIC); true when unset. */
  seedSynthetic?: boolean;
}

/** Bump when the generated content changes, so existing stores are seeded again. */
const CONTENT_VERSION = 2;

/** Opens the police store, creating and seeding it on first start (or when the seed or size changed). */
export function openPoliceRepository(
  options: OpenPoliceRepositoryOptions,
): PoliceRepository {
  const database = openSubgraphDatabase({
    dataDirectory: options.dataDirectory,
    name: 'police',
    schemaSql: POLICE_SCHEMA_SQL,
    seed: (store) =>
      seedPoliceStore(store, { seed: options.seed, size: options.size }),
    seedVersion: `police:v${CONTENT_VERSION}:${options.seed}:${options.size}`,
    seedSynthetic: options.seedSynthetic,
  });
  return createSqlitePoliceRepository(database);
}
