import { releaseHolderMatches } from '@marsoc/platform';
import { type HmppsContext } from '../context';
import { type HmppsSearchMatchRow } from '../search/createHmppsSearchLoader';
import { readHmppsSearch } from '../search/readSearchIdentifier';
import { REFERENCE_GOVERNANCE } from './referenceGovernance';

interface NominalSearchReference {
  criteria: string;
}

/**
 * HMPPS's part of a cross-agency search: the holder of a prison number or CRN.
 * A match names the nominal the reference belongs to, so it is released as the
 * lookup by that reference is: only to a caller who may see the matches and
 * the reference in full, and anyone else is answered before HMPPS data is read,
 * the same for a held reference as for a made-up one. A search with no HMPPS
 * reference in it matches nothing here, whoever asks.
 */
export const NominalSearch = {
  __resolveReference: (
    reference: NominalSearchReference,
  ): NominalSearchReference => ({ criteria: reference.criteria }),
  async hmppsMatches(
    search: NominalSearchReference,
    _args: unknown,
    context: HmppsContext,
  ): Promise<HmppsSearchMatchRow[]> {
    const reference = readHmppsSearch(search.criteria);
    if (reference === null) return [];
    return releaseHolderMatches(context.enforcement, {
      coordinate: 'NominalSearch.hmppsMatches',
      governedBy: [
        'NominalSearch.hmppsMatches',
        ...REFERENCE_GOVERNANCE[reference.kind],
      ],
      least: 'FULL',
      findMatches: () => context.loaders.search.load(search.criteria),
    });
  },
};
