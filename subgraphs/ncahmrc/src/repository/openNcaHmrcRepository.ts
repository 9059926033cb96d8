import {
  openSubgraphStore,
  type SqliteDatabase,
  type SubgraphStore,
} from '@marsoc/platform/store';
import { createSqliteDisclosureRequestRepository } from '@marsoc/platform/disclosure-requests';
import { createSqliteDisclosureGrantRepository } from '@marsoc/platform/grants';
import { type Agency } from '@marsoc/schema';
import { createHmrcRepository } from './createHmrcRepository';
import { createNcaRepository } from './createNcaRepository';
import { createHeldCategoriesQuery } from './findHeldCategoriesQuery';
import { NCA_HMRC_MIGRATIONS } from './migrations';
import { type NcaHmrcRepository } from './NcaHmrcRepository';
import { type NcaHmrcTables } from './NcaHmrcTables';
import { seedNcaHmrc } from './seed';

export interface OpenNcaHmrcRepositoryOptions {
  /** Directory for `ncahmrc.sqlite`; ':memory:' for an in-memory store. */
  dataDirectory: string;
  /** PostgreSQL instead of the file (docs/postgres-store.md): the store's own data only, so far. */
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
 * The subgraph's whole repository: both owners' reads over the store, with
 * their disclosure grants and the requests for them beside it. The grant and
 * request desk is still synchronous SQLite (docs/postgres-store.md, the order
 * of the move), so the whole runs on the SQLite file only: with a
 * DATABASE_URL it refuses rather than keep grants where one replica owns them.
 */
export async function openNcaHmrcRepository(
  options: OpenNcaHmrcRepositoryOptions,
): Promise<NcaHmrcRepository> {
  const store = await openNcaHmrcStore(options);
  const database = store.legacySqlite;
  if (database === undefined) {
    await store.close();
    throw new Error(
      'DATABASE_URL: the NCA/HMRC disclosure grants and requests are not on PostgreSQL yet (docs/postgres-store.md)',
    );
  }
  // Grants and requests (migration 002) survive restarts; a re-seed (new seed
  // or size) empties them with every other table, since the nominals they
  // name are regenerated.
  return {
    ...createHmrcRepository(store),
    ...createNcaRepository(store),
    ...createSqliteDisclosureGrantRepository(database),
    ...createSqliteDisclosureRequestRepository(database),
    isNominalHeldBy: createHeldByQuery(database),
    findHeldCategories: createHeldCategoriesQuery(database),
  };
}

/** Each owner's record of a nominal is its base table's row. */
function createHeldByQuery(
  database: SqliteDatabase,
): (nominalId: string, owner: Agency) => boolean {
  const statements: Partial<Record<Agency, { get(id: string): unknown }>> = {
    HMRC: database.prepare<[string]>(
      'SELECT 1 FROM hmrc_taxpayer WHERE nominal_id = ?',
    ),
    NCA: database.prepare<[string]>(
      'SELECT 1 FROM nca_subject WHERE nominal_id = ?',
    ),
  };
  return (nominalId, owner) => statements[owner]?.get(nominalId) !== undefined;
}
