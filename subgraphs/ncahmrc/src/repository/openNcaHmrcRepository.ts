import { openSubgraphDatabase } from '@marsoc/platform/store';
import { DISCLOSURE_REQUESTS_SCHEMA_SQL } from '@marsoc/platform/disclosure-requests';
import { DISCLOSURE_GRANTS_SCHEMA_SQL } from '@marsoc/platform/grants';
import { type NcaHmrcRepository } from './NcaHmrcRepository';
import { NCA_HMRC_SCHEMA_SQL } from './schema.sql';
import { seedNcaHmrc } from './seed';
import { createSqliteNcaHmrcRepository } from './SqliteNcaHmrcRepository';

export interface OpenNcaHmrcRepositoryOptions {
  /** Directory for `ncahmrc.sqlite`; ':memory:' for an in-memory store. */
  dataDirectory: string;
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
 * Opens the NCA/HMRC store, creating and seeding it from the shared synthetic
 * population on first start (or when the seed or size changes), with the
 * owners' disclosure grants beside it.
 */
export function openNcaHmrcRepository(
  options: OpenNcaHmrcRepositoryOptions,
): NcaHmrcRepository {
  const database = openSubgraphDatabase({
    dataDirectory: options.dataDirectory,
    name: 'ncahmrc',
    // Grants and requests survive restarts; a re-seed (new seed or size) starts
    // them afresh, since the nominals they name are regenerated.
    schemaSql:
      NCA_HMRC_SCHEMA_SQL +
      DISCLOSURE_GRANTS_SCHEMA_SQL +
      DISCLOSURE_REQUESTS_SCHEMA_SQL,
    seed: (store) =>
      seedNcaHmrc(store, { seed: options.seed, size: options.size }),
    seedVersion: `${SEED_FORMAT}:${options.seed}:${options.size}`,
    seedSynthetic: options.seedSynthetic,
  });
  return createSqliteNcaHmrcRepository(database);
}
