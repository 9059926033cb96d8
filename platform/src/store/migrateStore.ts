import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
} from 'kysely';
import { type StoreDialect } from './connectStore';

/**
 * One versioned change to a store's tables. Migrations run in the order of
 * their names (`001_tables`, `002_...`) and are never edited once landed. The
 * dialect is given for the few things that differ (withoutRowId).
 */
export interface StoreMigration {
  up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void>;
}

export type StoreMigrations = Readonly<Record<string, StoreMigration>>;

/**
 * Runs the migrations not yet run, before the store serves anything. On
 * PostgreSQL Kysely's migrator holds an advisory lock and runs them in one
 * transaction, so two replicas starting at once migrate once; its own tables
 * live in the subgraph's schema, so no subgraph reads another's history.
 */
export async function migrateStore(
  db: Kysely<unknown>,
  dialect: StoreDialect,
  schema: string | undefined,
  migrations: StoreMigrations,
): Promise<void> {
  const provider: MigrationProvider = {
    getMigrations: () =>
      Promise.resolve(
        Object.fromEntries(
          Object.entries(migrations).map(([name, migration]) => [
            name,
            { up: (trx) => migration.up(trx, dialect) } satisfies Migration,
          ]),
        ),
      ),
  };
  const migrator = new Migrator({
    db,
    provider,
    migrationTableSchema: schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((result) => result.status === 'Error');
  throw new Error(
    `store migration ${failed?.migrationName ?? '(before any ran)'} failed: ${String(error)}`,
    { cause: error },
  );
}
