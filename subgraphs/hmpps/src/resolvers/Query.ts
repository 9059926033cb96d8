import { badUserInput } from '@marsoc/platform';
import { type HmppsContext } from '../context';
import { REFERENCE_GOVERNANCE } from './referenceGovernance';
import { resolveNominalLookup } from './resolveNominalLookup';

/** Prison numbers: a letter, four digits, two letters (A1234BC). */
const PRISON_NUMBER = /^[A-Z][0-9]{4}[A-Z]{2}$/;
/** Probation case reference numbers: a letter and six digits (X123456). */
const CRN = /^[A-Z][0-9]{6}$/;

function normalise(
  reference: string,
  pattern: RegExp,
  example: string,
  name: string,
): string {
  const candidate = reference.trim().toUpperCase();
  if (!pattern.test(candidate))
    throw badUserInput(`${name} must look like ${example}.`);
  return candidate;
}

export const Query = {
  nominalByPrisonNumber(
    _parent: unknown,
    args: { prisonNumber: string },
    context: HmppsContext,
  ): Promise<{ id: string } | null> {
    const reference = normalise(
      args.prisonNumber,
      PRISON_NUMBER,
      'A1234BC',
      'prisonNumber',
    );
    return resolveNominalLookup(context, {
      coordinate: 'Query.nominalByPrisonNumber',
      governedBy: REFERENCE_GOVERNANCE.PRISON_NUMBER,
      reference,
      holders: context.loaders.nominalsByPrisonNumber,
    });
  },

  nominalByCrn(
    _parent: unknown,
    args: { crn: string },
    context: HmppsContext,
  ): Promise<{ id: string } | null> {
    const reference = normalise(args.crn, CRN, 'X123456', 'crn');
    return resolveNominalLookup(context, {
      coordinate: 'Query.nominalByCrn',
      governedBy: REFERENCE_GOVERNANCE.CRN,
      reference,
      holders: context.loaders.nominalsByCrn,
    });
  },
};
