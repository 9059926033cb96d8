import { DEFAULT_SEED } from '@marsoc/platform';
import { type StoreDialect, type SubgraphStore } from '@marsoc/platform/store';
import {
  createTestDatabase,
  type TestDatabase,
} from '@marsoc/platform/testing';
import { type ApmisTables } from '../repository/ApmisTables';
import { openApmisStore } from '../repository/openApmisRepository';

export const DIALECTS: readonly StoreDialect[] = ['sqlite', 'postgres'];

/**
 * The same seeded APMIS store on the file and on the server, opened before a
 * test file's tests and closed after (docs/postgres-store.md, step 5): what
 * the reads answer must not depend on where the store is. `purpose` names the
 * PostgreSQL test database.
 */
export function useStoresOnBothDialects(
  purpose: string,
): (dialect: StoreDialect) => SubgraphStore<ApmisTables> {
  const stores = new Map<StoreDialect, SubgraphStore<ApmisTables>>();
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(purpose);
    for (const dialect of DIALECTS)
      stores.set(
        dialect,
        await openApmisStore({
          dataDirectory: ':memory:',
          seed: DEFAULT_SEED,
          size: 200,
          databaseUrl: dialect === 'postgres' ? database.url : undefined,
        }),
      );
  }, 60_000);
  afterAll(async () => {
    for (const store of stores.values()) await store.close();
    await database?.drop();
  });
  return (dialect) => {
    const store = stores.get(dialect);
    if (store === undefined) throw new Error(`no ${dialect} store open`);
    return store;
  };
}

/** A read's answer on each dialect, SQLite's first. */
export async function readOnBoth<T>(
  storeOn: (dialect: StoreDialect) => SubgraphStore<ApmisTables>,
  read: (store: SubgraphStore<ApmisTables>) => Promise<T>,
): Promise<{ sqlite: T; postgres: T }> {
  return {
    sqlite: await read(storeOn('sqlite')),
    postgres: await read(storeOn('postgres')),
  };
}
