import { type Kysely } from 'kysely';
import {
  connectStore,
  type StoreConnection,
  type StoreDialect,
  type StoreSettings,
} from './connectStore';
import { migrateStore, type StoreMigrations } from './migrateStore';
import { type StoreContents, seedStore } from './seedStore';

export interface OpenSubgraphStoreOptions {
  settings: StoreSettings;
  /** The subgraph's name: its SQLite file `<name>.sqlite`, its PostgreSQL schema. */
  name: string;
  /** Its migrations, run in name order before the store serves anything. */
  migrations: StoreMigrations;
  /** Fills an empty store with the synthetic data, in the seeding transaction. */
  seed(db: Kysely<unknown>, dialect: StoreDialect): Promise<void>;
  /** Changing this (e.g. the seed or scale) re-seeds a store seeded with another. */
  seedVersion: string;
  /** False: never seed or re-seed (production without SEED_SYNTHETIC). True when unset. */
  seedSynthetic?: boolean;
}

/** A subgraph's open store on either dialect: what its repositories query. */
export interface SubgraphStore<Schema> extends StoreConnection<Schema> {
  /** What it held once open: seeded here, someone's data, or nothing. */
  contents: StoreContents;
  close(): Promise<void>;
}

/**
 * Opens a subgraph's store: PostgreSQL (its own schema) when DATABASE_URL is
 * set, else the SQLite file as before; runs its migrations; seeds it if it
 * should be (seedStore). Safe for two replicas opening one store at once.
 * See docs/postgres-store.md.
 */
export async function openSubgraphStore<Schema>(
  options: OpenSubgraphStoreOptions,
): Promise<SubgraphStore<Schema>> {
  const connection = connectStore<Schema>(options.settings, options.name);
  const untyped = connection as StoreConnection<unknown>;
  try {
    await migrateStore(
      untyped.db,
      connection.dialect,
      connection.schema,
      options.migrations,
    );
    const contents = await seedStore(untyped, {
      seed: options.seed,
      seedVersion: options.seedVersion,
      seedSynthetic: options.seedSynthetic ?? true,
    });
    return { ...connection, contents, close: () => connection.db.destroy() };
  } catch (error) {
    await connection.db.destroy();
    throw error;
  }
}
