import DataLoader from 'dataloader';
import {
  type PoliceRepository,
  type PoliceSearchCandidate,
  type PoliceSearchQuery,
} from '../repository/PoliceRepository';
import {
  type PoliceSearchMatchRow,
  scorePoliceCandidates,
  toPoliceSearchQuery,
} from './scorePoliceCandidates';
import { readSearchCriteria } from './searchCriteria';

/**
 * Police matches by canonical criteria: every search of a request in one
 * repository call. Criteria that are not exactly canonical match nothing.
 */
export function createPoliceSearchLoader(
  repository: Pick<PoliceRepository, 'findSearchCandidates'>,
): DataLoader<string, PoliceSearchMatchRow[]> {
  return new DataLoader<string, PoliceSearchMatchRow[]>(async (keys) => {
    const searches = keys.map((key) => {
      const criteria = readSearchCriteria(key);
      return {
        criteria,
        query: criteria ? toPoliceSearchQuery(key, criteria) : null,
      };
    });
    const queries = searches
      .map((search) => search.query)
      .filter((query): query is PoliceSearchQuery => query !== null);
    const candidates =
      queries.length === 0
        ? []
        : await repository.findSearchCandidates(queries);
    const byKey = new Map<string, PoliceSearchCandidate[]>();
    for (const candidate of candidates) {
      const found = byKey.get(candidate.queryKey);
      if (found) found.push(candidate);
      else byKey.set(candidate.queryKey, [candidate]);
    }
    return searches.map(({ criteria, query }) =>
      criteria === null || query === null
        ? []
        : scorePoliceCandidates(criteria, byKey.get(query.key) ?? []),
    );
  });
}
