import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { listUserTables } from './openSubgraphDatabase';

/** What a service says at start about the store it serves: where, and what is in it. */
export interface StoreDescription {
  /** The SQLite file, or null for a subgraph without a store of its own (the audit). */
  store: string | null;
  /**
   * `synthetic`: the generated fictional data (and what was written since);
   * `existing`: data not seeded here; `empty`: nothing at all.
   */
  data: 'synthetic' | 'existing' | 'empty' | 'none';
  /** The synthetic data's seed version (content version, DATA_SEED, DATA_SCALE). */
  seedVersion?: string;
}

/**
 * Reads, without writing, what `<dataDirectory>/<name>.sqlite` holds: the seed
 * marker openSubgraphDatabase leaves when it seeds, or else whether any table
 * has a row. Called once the store is open, so the answer is what is served.
 */
export function describeSubgraphStore(
  dataDirectory: string,
  name: string,
): StoreDescription {
  const path = join(dataDirectory, `${name}.sqlite`);
  if (!existsSync(path)) return { store: null, data: 'none' };
  const database = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const seeded = database
      .prepare<[], { value: string }>(
        "SELECT value FROM store_meta WHERE key = 'seed_version'",
      )
      .get();
    if (seeded)
      return { store: path, data: 'synthetic', seedVersion: seeded.value };
    const holdsRows = listUserTables(database).some((table) =>
      database.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get(),
    );
    return { store: path, data: holdsRows ? 'existing' : 'empty' };
  } finally {
    database.close();
  }
}

/** The start-up line a person reads: which store, which data, and whether seeding is on. */
export function sayWhatStoreServes(
  description: StoreDescription,
  seedSynthetic: boolean,
): string {
  const seeding = `SEED_SYNTHETIC ${seedSynthetic ? 'on' : 'off'}`;
  switch (description.data) {
    case 'none':
      return 'no store of its own';
    case 'synthetic':
      return `store ${description.store}: synthetic data (${description.seedVersion}); ${seeding}`;
    case 'existing':
      return `store ${description.store}: existing data, not seeded here; ${seeding}`;
    case 'empty':
      return `store ${description.store}: empty; ${seeding}`;
  }
}
