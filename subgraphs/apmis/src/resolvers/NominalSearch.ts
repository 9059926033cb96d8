import { type ApmisContext } from '../context';
import { type ApmisSearchMatchRow } from '../search/createApmisSearchLoader';
import {
  mergeSearchCandidates,
  type SearchCandidateRow,
} from '../search/mergeSearchCandidates';
import { readSearchCriteria } from '../search/searchCriteria';

/**
 * The search entity as APMIS sees it: its key and, when the gateway fetches
 * `candidates`, the police and HMPPS match lists it required, each fetched
 * under the caller's own caller context (null where withheld, [] where NCND).
 */
interface NominalSearchEntity {
  criteria: string;
  policeMatches?: unknown;
  hmppsMatches?: unknown;
}

function asList(value: unknown): readonly unknown[] | null {
  return Array.isArray(value) ? value : null;
}

export const NominalSearch = {
  __resolveReference: (reference: NominalSearchEntity): NominalSearchEntity =>
    reference,

  apmisMatches: (
    search: NominalSearchEntity,
    _args: unknown,
    context: ApmisContext,
  ): Promise<ApmisSearchMatchRow[]> =>
    context.loaders.search.load(search.criteria),

  /**
   * Each owner's list counts only if this caller's decision for it, judged
   * again here on the same register, is FULL: so even a list that reached APMIS
   * could not add what its owner would not show this caller.
   */
  async candidates(
    search: NominalSearchEntity,
    _args: unknown,
    context: ApmisContext,
  ): Promise<SearchCandidateRow[]> {
    const criteria = readSearchCriteria(search.criteria);
    if (criteria === null) return [];
    const released = (coordinate: string): boolean =>
      context.enforcement.decisionFor(coordinate).level === 'FULL';
    const apmis = released('NominalSearch.apmisMatches')
      ? await context.loaders.search.load(search.criteria)
      : null;
    return mergeSearchCandidates(
      [
        {
          agency: 'POLICE',
          matches: released('NominalSearch.policeMatches')
            ? asList(search.policeMatches)
            : null,
        },
        {
          agency: 'HMPPS',
          matches: released('NominalSearch.hmppsMatches')
            ? asList(search.hmppsMatches)
            : null,
        },
        { agency: 'MARSOC', matches: apmis },
      ],
      criteria.limit,
    );
  },
};

export const NominalSearchCandidate = {
  nominal: (candidate: SearchCandidateRow): { id: string } => ({
    id: candidate.nominalId,
  }),
};
