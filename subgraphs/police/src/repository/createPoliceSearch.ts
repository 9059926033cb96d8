import { readNameCandidatesFromStore } from '@marsoc/platform';
import {
  inBatchKeys,
  prepareBatchQuery,
  prepareQuery,
} from '@marsoc/platform/store';
import {
  type PoliceSearchCandidate,
  type PoliceSearchName,
  type PoliceSearchQuery,
} from './PoliceRepository';
import { type PoliceStore } from './PoliceTables';

/**
 * Police search over the store, on either dialect. There is no full-text
 * index to differ between them: the seed stores every name held for a
 * nominal reduced to search keys (police_search_name), the tolerance (Soundex,
 * edit distance) is applied in the process to the held surname keys, and the
 * store is asked only for exact keys, dates and identifiers. A search's
 * candidates come from its most selective criterion (identifier, then date of
 * birth, then name); each candidate is then read whole so that every criterion
 * can be scored.
 */
export function createPoliceSearch(store: PoliceStore): {
  findSearchCandidates(
    queries: readonly PoliceSearchQuery[],
  ): Promise<PoliceSearchCandidate[]>;
} {
  const { db } = store;
  const byIdentifier = prepareQuery(
    store,
    { pncId: 'value', croNumber: 'value' },
    ({ pncId, croNumber }) =>
      db
        .selectFrom('police_nominal')
        .select('nominal_id')
        .where('pnc_id', '=', pncId)
        .union(
          db
            .selectFrom('police_nominal')
            .select('nominal_id')
            .where('cro_number', '=', croNumber),
        ),
  );
  const byBirthOrName = readNameCandidatesFromStore(store, {
    nominals: 'police_nominal',
    names: 'police_search_name',
  });
  const findIdentities = prepareBatchQuery(store, (ids) =>
    db
      .selectFrom('police_nominal')
      .select([
        'nominal_id as nominalId',
        'pnc_id as pncId',
        'cro_number as croNumber',
        'date_of_birth as dateOfBirth',
      ])
      .where(inBatchKeys(store.dialect, 'nominal_id', ids)),
  );
  const findNames = prepareBatchQuery(store, (ids) =>
    db
      .selectFrom('police_search_name')
      .select([
        'nominal_id as nominalId',
        'name_kind as kind',
        'forename_key as forename',
        'surname_key as surname',
      ])
      .where(inBatchKeys(store.dialect, 'nominal_id', ids))
      .orderBy('nominal_id')
      .orderBy('position'),
  );
  const findCandidateIds = async (query: PoliceSearchQuery) =>
    query.pncId !== null || query.croNumber !== null
      ? (
          await byIdentifier({
            pncId: query.pncId,
            croNumber: query.croNumber,
          })
        ).map((row) => row.nominal_id)
      : byBirthOrName(query);
  return {
    async findSearchCandidates(queries) {
      const idsByQuery: string[][] = [];
      for (const query of queries)
        idsByQuery.push(await findCandidateIds(query));
      const allIds = [...new Set(idsByQuery.flat())];
      const [identities, names] = await Promise.all([
        findIdentities(allIds),
        findNames(allIds),
      ]);
      const identityOf = new Map(identities.map((row) => [row.nominalId, row]));
      const namesOf = groupNames(names);
      return queries.flatMap((query, index) =>
        (idsByQuery[index] ?? []).flatMap((nominalId) => {
          const identity = identityOf.get(nominalId);
          if (!identity) return [];
          const held = namesOf.get(nominalId) ?? [];
          return [{ ...identity, queryKey: query.key, names: held }];
        }),
      );
    },
  };
}

function groupNames(
  stored: readonly (PoliceSearchName & { nominalId: string })[],
) {
  const byNominal = new Map<string, PoliceSearchName[]>();
  for (const { nominalId, ...name } of stored) {
    const names = byNominal.get(nominalId);
    if (names) names.push(name);
    else byNominal.set(nominalId, [name]);
  }
  return byNominal;
}
