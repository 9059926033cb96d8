import { releaseHolderMatches } from '@marsoc/platform';
import { type PoliceContext } from '../context';
import { type PoliceSearchMatchRow } from '../search/scorePoliceCandidates';
import {
  classifyPoliceIdentifier,
  readSearchCriteria,
  type SearchCriteria,
} from '../search/searchCriteria';

interface NominalSearchReference {
  criteria: string;
}

/**
 * The marked fields a match shows as the nominal's: the police record and its
 * identity, and each identity field the search compared. A caller who could
 * not see one of them in full could otherwise learn it by searching for it.
 */
function governingFields(criteria: SearchCriteria): string[] {
  const fields = [
    'NominalSearch.policeMatches',
    'Nominal.police',
    'PoliceRecord.identity',
  ];
  if (criteria.name !== null)
    fields.push(
      'PoliceIdentity.forename',
      'PoliceIdentity.surname',
      'PoliceIdentity.aliases',
    );
  if (criteria.dateOfBirth !== null) fields.push('PoliceIdentity.dateOfBirth');
  const identifier = classifyPoliceIdentifier(criteria.identifier);
  if (identifier === 'PNC_ID') fields.push('PoliceIdentity.pncId');
  if (identifier === 'CRO_NUMBER') fields.push('PoliceIdentity.croNumber');
  return fields;
}

/**
 * Police's part of a cross-agency search. A match names a nominal as having
 * the name, date of birth or identifier searched for, so it is released only
 * to a caller who may see each of those in full; anyone else is answered
 * before police data is read, the same whether or not anyone matches: the
 * WITHHELD error, or under NCND exactly the empty list no match gives.
 */
export const NominalSearch = {
  __resolveReference: (
    reference: NominalSearchReference,
  ): NominalSearchReference => ({ criteria: reference.criteria }),
  policeMatches: async (
    search: NominalSearchReference,
    _args: unknown,
    context: PoliceContext,
  ): Promise<PoliceSearchMatchRow[]> => {
    const criteria = readSearchCriteria(search.criteria);
    if (criteria === null) return [];
    return releaseHolderMatches(context.enforcement, {
      coordinate: 'NominalSearch.policeMatches',
      governedBy: governingFields(criteria),
      least: 'FULL',
      findMatches: () => context.loaders.search.load(search.criteria),
    });
  },
};
