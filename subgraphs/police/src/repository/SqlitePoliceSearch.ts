import { createNameCandidateFinder } from '@marsoc/platform';
import {
  IN_BATCH_KEYS,
  type SqliteDatabase,
  toBatchKeys,
} from '@marsoc/platform/store';
import {
  type PoliceNominalRow,
  type PoliceSearchCandidate,
  type PoliceSearchName,
  type PoliceSearchQuery,
} from './PoliceRepository';

type CandidateIdentity = Pick<
  PoliceNominalRow,
  'nominalId' | 'pncId' | 'croNumber' | 'dateOfBirth'
>;

interface StoredName extends PoliceSearchName {
  nominalId: string;
}

function prepareStatements(database: SqliteDatabase) {
  const pluck = <Parameters extends unknown[]>(sql: string) =>
    database.prepare<Parameters, string>(sql).pluck();
  return {
    byIdentifier: pluck<[string | null, string | null]>(
      `SELECT nominal_id FROM police_nominal WHERE pnc_id = ?
       UNION SELECT nominal_id FROM police_nominal WHERE cro_number = ?`,
    ),
    byDateOfBirth: pluck<[string, number]>(
      `SELECT nominal_id FROM police_nominal WHERE date_of_birth = ? ORDER BY nominal_id LIMIT ?`,
    ),
    bySurnames: pluck<[string, string, number]>(
      `SELECT nominal_id FROM police_search_name WHERE surname_key ${IN_BATCH_KEYS}
       GROUP BY nominal_id ORDER BY max(surname_key ${IN_BATCH_KEYS}) DESC, nominal_id LIMIT ?`,
    ),
    surnameKeys: pluck<[]>(
      'SELECT DISTINCT surname_key FROM police_search_name',
    ),
    identities: database.prepare<[string], CandidateIdentity>(
      `SELECT nominal_id AS nominalId, pnc_id AS pncId, cro_number AS croNumber, date_of_birth AS dateOfBirth
       FROM police_nominal WHERE nominal_id ${IN_BATCH_KEYS}`,
    ),
    names: database.prepare<[string], StoredName>(
      `SELECT nominal_id AS nominalId, name_kind AS kind, forename_key AS forename, surname_key AS surname
       FROM police_search_name WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id, position`,
    ),
  };
}

function groupNames(stored: readonly StoredName[]) {
  const byNominal = new Map<string, PoliceSearchName[]>();
  for (const { nominalId, ...name } of stored) {
    const names = byNominal.get(nominalId);
    if (names) names.push(name);
    else byNominal.set(nominalId, [name]);
  }
  return byNominal;
}

/**
 * Police search over the embedded store. A search's candidates come from its
 * most selective criterion (identifier, then date of birth, then name); each
 * candidate is then read whole so that every criterion can be scored.
 */
export function createSqlitePoliceSearch(database: SqliteDatabase): {
  findSearchCandidates(
    queries: readonly PoliceSearchQuery[],
  ): PoliceSearchCandidate[];
} {
  const statements = prepareStatements(database);
  const findByBirthOrName = createNameCandidateFinder(statements);
  const findCandidateIds = (query: PoliceSearchQuery): string[] =>
    query.pncId !== null || query.croNumber !== null
      ? statements.byIdentifier.all(query.pncId, query.croNumber)
      : findByBirthOrName(query);
  return {
    findSearchCandidates(queries) {
      const idsByQuery = queries.map(findCandidateIds);
      const allIds = toBatchKeys([...new Set(idsByQuery.flat())]);
      const identities = new Map(
        statements.identities.all(allIds).map((row) => [row.nominalId, row]),
      );
      const names = groupNames(statements.names.all(allIds));
      return queries.flatMap((query, index) =>
        (idsByQuery[index] ?? []).flatMap((nominalId) => {
          const identity = identities.get(nominalId);
          if (!identity) return [];
          const held = names.get(nominalId) ?? [];
          return [{ ...identity, queryKey: query.key, names: held }];
        }),
      );
    },
  };
}
