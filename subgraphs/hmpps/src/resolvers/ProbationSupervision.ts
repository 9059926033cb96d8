import { type HmppsContext } from '../context';
import {
  type ProbationLicenceConditionRow,
  type ProbationRiskRow,
  type ProbationSupervisionRow,
} from '../repository/HmppsRepository';

/** The linked records of a probation case; its scalars resolve from the row itself. */
export const ProbationSupervision = {
  licenceConditions(
    supervision: ProbationSupervisionRow,
    _args: unknown,
    context: HmppsContext,
  ): Promise<ProbationLicenceConditionRow[]> {
    return context.loaders.licenceConditions.load(supervision.nominalId);
  },

  risk(
    supervision: ProbationSupervisionRow,
    _args: unknown,
    context: HmppsContext,
  ): Promise<ProbationRiskRow | null> {
    return context.loaders.risk.load(supervision.nominalId);
  },
};
