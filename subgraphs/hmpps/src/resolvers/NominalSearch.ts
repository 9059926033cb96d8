import { type DisclosureLevel } from '@marsoc/schema';
import { type HmppsContext } from '../context';
import { type HmppsSearchMatchRow } from '../search/createHmppsSearchLoader';

interface NominalSearchReference {
  criteria: string;
}

/** Levels at which a caller may learn that HMPPS holds a record (as for the lookups). */
const MAY_LEARN_HOLDER: ReadonlySet<DisclosureLevel> = new Set([
  'FULL',
  'SUMMARY',
  'EXISTENCE',
]);

/**
 * HMPPS's part of a cross-agency search: the holder of a prison number or
 * CRN. The field is decided as CUSTODY by the enforcement; a CRN says HMPPS
 * holds a probation case, so a CRN match is kept only for a caller whose
 * PROBATION decision would let them learn that.
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
    const matches = await context.loaders.search.load(search.criteria);
    const probation = context.enforcement.decisionFor('Nominal.probation');
    return matches.filter(
      (match) =>
        !match.matchedOn.includes('CRN') ||
        MAY_LEARN_HOLDER.has(probation.level),
    );
  },
};
