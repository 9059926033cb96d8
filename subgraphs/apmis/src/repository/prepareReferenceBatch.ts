import { type Compilable, type Expression, type SqlBool } from 'kysely';
import { prepareQuery } from '@marsoc/platform/store';
import { type ApmisStore } from './ApmisTables';
import { parseReferences, type ReferenceKind } from './references';

/**
 * A batch read keyed by cohort record references (`CN-000042`), built and
 * compiled once: the store keys those rows by integer, so the references are
 * bound as whole numbers (PostgreSQL compares an integer column with text
 * keys not at all). A reference that is not `kind`'s matches nothing; a batch
 * with none reads nothing without asking the store.
 */
export function prepareReferenceBatch<Row>(
  store: ApmisStore,
  kind: ReferenceKind,
  build: (ids: (column: string) => Expression<SqlBool>) => Compilable<Row>,
): (references: readonly string[]) => Promise<Row[]> {
  const run = prepareQuery(store, { ids: 'integerKeys' }, (slots) =>
    build(slots.ids),
  );
  return async (references) => {
    const ids = parseReferences(kind, references);
    return ids.length === 0 ? [] : run({ ids });
  };
}
