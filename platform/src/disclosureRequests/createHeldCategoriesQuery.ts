import { type Agency, type DataCategory } from '@marsoc/schema';
import { type SqliteDatabase } from '../store';

/**
 * SQL per owner answering which categories it holds anything of for a nominal
 * (`@id`): one row per held category, named `category`. Each reads the base
 * table of the fields the category's `@marking` governs, all in one statement,
 * so asking about one category costs what asking about any other does.
 */
export type HeldCategoriesSql = Partial<Record<Agency, string>>;

/** What `owner` holds of a nominal here, by category; nothing for an owner not held here. */
export function createHeldCategoriesQuery(
  database: SqliteDatabase,
  sqlByOwner: HeldCategoriesSql,
): (owner: Agency, nominalId: string) => ReadonlySet<DataCategory> {
  const statements = new Map(
    Object.entries(sqlByOwner).map(([owner, sql]) => [
      owner,
      database.prepare<{ id: string }, { category: DataCategory }>(sql),
    ]),
  );
  return (owner, nominalId) =>
    new Set(
      (statements.get(owner)?.all({ id: nominalId }) ?? []).map(
        (row) => row.category,
      ),
    );
}
