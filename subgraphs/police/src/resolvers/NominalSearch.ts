import { type PoliceContext } from '../context';
import { type PoliceSearchMatchRow } from '../search/scorePoliceCandidates';

interface NominalSearchReference {
  criteria: string;
}

/**
 * Police's part of a cross-agency search. The enforcement decides
 * `policeMatches` as police identity: a caller who may not see it gets null
 * (WITHHELD or EXISTENCE) or, under NCND, exactly the empty list that no
 * match gives, so a hidden match never shows in the candidates.
 */
export const NominalSearch = {
  __resolveReference: (
    reference: NominalSearchReference,
  ): NominalSearchReference => ({ criteria: reference.criteria }),
  policeMatches: (
    search: NominalSearchReference,
    _args: unknown,
    context: PoliceContext,
  ): Promise<PoliceSearchMatchRow[]> =>
    context.loaders.search.load(search.criteria),
};
