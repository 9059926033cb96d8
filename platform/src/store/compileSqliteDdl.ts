import {
  type Compilable,
  type Kysely,
  Kysely as KyselyInstance,
  SqliteDialect,
} from 'kysely';
import { type StoreDialect } from './connectStore';

/** A table's or index's DDL as Kysely builders, for either dialect. */
export type BuildDdl = (
  db: Kysely<unknown>,
  dialect: StoreDialect,
) => readonly Compilable[];

/** Kysely only to compile: nothing is ever run through it. */
const compiler = new KyselyInstance<unknown>({
  dialect: new SqliteDialect({
    database: () =>
      Promise.reject(new Error('compileSqliteDdl never connects')),
  }),
});

/**
 * The SQLite text of DDL written once as Kysely builders, for stores still
 * opened synchronously (docs/postgres-store.md, the order of the move): the
 * same definition a migration runs on either dialect, so there is no second
 * hand-kept copy. Each statement ends with `;`, so texts can be joined.
 */
export function compileSqliteDdl(build: BuildDdl): string {
  return build(compiler, 'sqlite')
    .map((statement) => `${statement.compile().sql};\n`)
    .join('');
}

/** Runs DDL written as Kysely builders, in order, on a store of either dialect. */
export async function runDdl(
  db: Kysely<unknown>,
  dialect: StoreDialect,
  build: BuildDdl,
): Promise<void> {
  for (const statement of build(db, dialect))
    await db.executeQuery(statement.compile());
}
