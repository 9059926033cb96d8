import { createNameCandidateFinder } from '@marsoc/platform';
import {
  IN_BATCH_KEYS,
  type SqliteDatabase,
  toBatchKeys,
} from '@marsoc/platform/store';
import {
  type ApmisSearchCandidate,
  type ApmisSearchQuery,
} from './ApmisRepository';

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
  const findByBirthOrName = createNameCandidateFinder(statements);
  const findCandidateIds = (query: ApmisSearchQuery): string[] =>
    query.apmisReference !== null
      ? statements.byReference.all(query.apmisReference)
      : findByBirthOrName(query);
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
