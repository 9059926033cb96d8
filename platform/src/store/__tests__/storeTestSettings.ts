import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../../testing/createTestDatabase';
import { type StoreDialect, type StoreSettings } from '../connectStore';

/** Where a dialect's test stores go: a temporary directory, or a database of the test's own. */
export interface TestStoreSettings {
  settings: StoreSettings;
  remove(): Promise<void>;
}

export async function createTestStoreSettings(
  dialect: StoreDialect,
  purpose: string,
): Promise<TestStoreSettings> {
  const dataDirectory = mkdtempSync(join(tmpdir(), `${purpose}-`));
  const database =
    dialect === 'postgres' ? await createTestDatabase(purpose) : undefined;
  return {
    settings: { dataDirectory, databaseUrl: database?.url },
    remove: async () => {
      rmSync(dataDirectory, { recursive: true, force: true });
      await database?.drop();
    },
  };
}
