import { readNameCandidatesFromStore } from '@marsoc/platform';
import {
  inBatchKeys,
  prepareBatchQuery,
  prepareQuery,
} from '@marsoc/platform/store';
import {
  type ApmisSearchCandidate,
  type ApmisSearchQuery,
} from './ApmisRepository';
import { type ApmisStore } from './ApmisTables';

/** The ids a prepared read answers, in its order. */
const nominalIdsOf = (rows: readonly { nominal_id: string }[]) =>
  rows.map((row) => row.nominal_id);

/**
 * Master-list search over the store, on either dialect. A search's candidates
 * come from its most selective criterion (APMIS reference, then date of birth,
 * then name: the tolerance is applied in the process to the held surname
 * keys, and the store is asked only for exact keys); each is read whole so
 * every criterion can be scored.
 */
export function createApmisSearch(store: ApmisStore): {
  findSearchCandidates(
    queries: readonly ApmisSearchQuery[],
  ): Promise<ApmisSearchCandidate[]>;
} {
  const { db, dialect } = store;
  const byReference = prepareQuery(store, { reference: 'value' }, (slots) =>
    db
      .selectFrom('apmis_nominal')
      .select('nominal_id')
      .where('apmis_reference', '=', slots.reference),
  );
  const findByBirthOrName = readNameCandidatesFromStore(store, {
    nominals: 'apmis_nominal',
    names: 'apmis_search_name',
  });
  const findCandidates = prepareBatchQuery(store, (ids) =>
    db
      .selectFrom('apmis_nominal as n')
      .innerJoin('apmis_search_name as s', 's.nominal_id', 'n.nominal_id')
      .select([
        'n.nominal_id as nominalId',
        'n.apmis_reference as apmisReference',
        'n.date_of_birth as dateOfBirth',
        's.forename_key as forenameKey',
        's.surname_key as surnameKey',
      ])
      .where(inBatchKeys(dialect, 'n.nominal_id', ids)),
  );
  const findCandidateIds = async (query: ApmisSearchQuery) =>
    query.apmisReference !== null
      ? nominalIdsOf(await byReference({ reference: query.apmisReference }))
      : findByBirthOrName(query);
  return {
    async findSearchCandidates(queries) {
      const idsByQuery: string[][] = [];
      for (const query of queries)
        idsByQuery.push(await findCandidateIds(query));
      const stored = new Map(
        (await findCandidates([...new Set(idsByQuery.flat())])).map((row) => [
          row.nominalId,
          row,
        ]),
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
