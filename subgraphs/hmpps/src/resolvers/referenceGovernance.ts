import { type HmppsReferenceKind } from '../search/readSearchIdentifier';

/**
 * The marked fields a caller must see in full before HMPPS will say which
 * nominal a reference names, from the nominal down to the reference itself.
 * Naming the nominal shows the reference as theirs, so a lookup or a search
 * match is released exactly as showing the reference on the record would be.
 */
export const REFERENCE_GOVERNANCE: Readonly<
  Record<HmppsReferenceKind, readonly string[]>
> = {
  PRISON_NUMBER: ['Nominal.custody', 'PrisonCustody.prisonNumber'],
  CRN: ['Nominal.probation', 'ProbationSupervision.crn'],
};
