import { type Kysely, sql } from 'kysely';
import { type StoreDialect } from '../store/connectStore';
import { prepareQuery } from '../store/prepareQuery';
import {
  createNameCandidateReader,
  MAX_SEARCH_CANDIDATES,
  type NameSearch,
} from './createNameCandidateReader';

/**
 * Where an owner keeps what a search by date of birth or name reads: its
 * nominals (`nominal_id`, `date_of_birth`) and the search keys of the names it
 * holds for them (`nominal_id`, `surname_key`; a nominal may hold several).
 */
export interface SearchNameTables {
  nominals: string;
  names: string;
}

/** The columns of those two tables the search reads. */
type SearchColumns = Record<
  string,
  { nominal_id: string; date_of_birth: string; surname_key: string }
>;

const nominalIdsOf = (rows: readonly { nominal_id: string }[]) =>
  rows.map((row) => row.nominal_id);

/**
 * createNameCandidateReader over an owner's store, on either dialect: the
 * same three reads for every owner, each compiled once. The store is asked
 * only for exact dates and keys; a nominal holding an exact key comes first,
 * so the bound never drops one for a tolerant match.
 */
export function readNameCandidatesFromStore<Schema>(
  store: { db: Kysely<Schema>; dialect: StoreDialect },
  tables: SearchNameTables,
): (search: NameSearch) => Promise<string[]> {
  // The owner's schema names the tables; the columns read are common to every owner.
  const db = store.db as unknown as Kysely<SearchColumns>;
  const searchStore = { db, dialect: store.dialect };
  const byDateOfBirth = prepareQuery(
    searchStore,
    { dateOfBirth: 'value' },
    ({ dateOfBirth }) =>
      db
        .selectFrom(tables.nominals)
        .select('nominal_id')
        .where('date_of_birth', '=', dateOfBirth)
        .orderBy('nominal_id')
        .limit(MAX_SEARCH_CANDIDATES),
  );
  const bySurnames = prepareQuery(
    searchStore,
    { similar: 'keys', exact: 'keys' },
    ({ similar, exact }) =>
      db
        .selectFrom(tables.names)
        .select('nominal_id')
        .where(similar('surname_key'))
        .groupBy('nominal_id')
        .orderBy(sql`min(case when ${exact('surname_key')} then 0 else 1 end)`)
        .orderBy('nominal_id')
        .limit(MAX_SEARCH_CANDIDATES),
  );
  return createNameCandidateReader({
    byDateOfBirth: async (dateOfBirth) =>
      nominalIdsOf(await byDateOfBirth({ dateOfBirth })),
    bySurnames: async (similar, exact) =>
      nominalIdsOf(await bySurnames({ similar, exact })),
    surnameKeys: async () =>
      (
        await db
          .selectFrom(tables.names)
          .select('surname_key')
          .distinct()
          .execute()
      ).map((row) => row.surname_key),
  });
}
