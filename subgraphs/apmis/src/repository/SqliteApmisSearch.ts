import {
  createSimilarSurnameFinder,
  IN_BATCH_KEYS,
  type SqliteDatabase,
  toBatchKeys,
} from '@marsoc/platform';
import {
  type ApmisSearchCandidate,
  type ApmisSearchQuery,
} from './ApmisRepository';

/** The most entries one search scores: enough for any sensible name, bounded for a common one. */
export const MAX_SEARCH_CANDIDATES = 2000;

type StoredCandidate = Omit<ApmisSearchCandidate, 'queryKey'>;

function prepareStatements(database: SqliteDatabase) {
  const pluck = <Parameters extends unknown[]>(sql: string) =>
    database.prepare<Parameters, string>(sql).pluck();
  return {
    byReference: pluck<[string]>(
      'SELECT nominal_id FROM apmis_nominal WHERE apmis_reference = ?',
    ),
    byDateOfBirth: pluck<[string, number]>(
      'SELECT nominal_id FROM apmis_nominal WHERE date_of_birth = ? ORDER BY nominal_id LIMIT ?',
    ),
    // Exact surnames first, so the bound never drops an exact match for a tolerant one.
    bySurnames: pluck<[string, string, number]>(
      `SELECT nominal_id FROM apmis_search_name WHERE surname_key ${IN_BATCH_KEYS}
       ORDER BY surname_key ${IN_BATCH_KEYS} DESC, nominal_id LIMIT ?`,
    ),
    surnameKeys: pluck<[]>(
      'SELECT DISTINCT surname_key FROM apmis_search_name',
    ),
    candidates: database.prepare<[string], StoredCandidate>(
      `SELECT n.nominal_id AS nominalId, n.apmis_reference AS apmisReference,
              n.date_of_birth AS dateOfBirth, s.forename_key AS forenameKey, s.surname_key AS surnameKey
       FROM apmis_nominal n JOIN apmis_search_name s USING (nominal_id)
       WHERE n.nominal_id ${IN_BATCH_KEYS}`,
    ),
  };
}

/**
 * Master-list search over the embedded store. A search's candidates come from
 * its most selective criterion (APMIS reference, then date of birth, then
 * name); each is read whole so every criterion can be scored.
 */
export function createSqliteApmisSearch(database: SqliteDatabase): {
  findSearchCandidates(
    queries: readonly ApmisSearchQuery[],
  ): ApmisSearchCandidate[];
} {
  const statements = prepareStatements(database);
  const findSimilarSurnames = createSimilarSurnameFinder(() =>
    statements.surnameKeys.all(),
  );
  const findCandidateIds = (query: ApmisSearchQuery): string[] => {
    if (query.apmisReference !== null)
      return statements.byReference.all(query.apmisReference);
    if (query.dateOfBirth !== null)
      return statements.byDateOfBirth.all(
        query.dateOfBirth,
        MAX_SEARCH_CANDIDATES,
      );
    if (query.names.length === 0) return [];
    return statements.bySurnames.all(
      toBatchKeys(findSimilarSurnames(query.names)),
      toBatchKeys(query.names),
      MAX_SEARCH_CANDIDATES,
    );
  };
  return {
    findSearchCandidates(queries) {
      const idsByQuery = queries.map(findCandidateIds);
      const stored = new Map(
        statements.candidates
          .all(toBatchKeys([...new Set(idsByQuery.flat())]))
          .map((row) => [row.nominalId, row]),
      );
      return queries.flatMap((query, index) =>
        (idsByQuery[index] ?? []).flatMap((id) => {
          const row = stored.get(id);
          return row ? [{ ...row, queryKey: query.key }] : [];
        }),
      );
    },
  };
}
