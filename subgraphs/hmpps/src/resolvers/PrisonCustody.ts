import { type HmppsContext } from '../context';
import {
  type PrisonAdjudicationRow,
  type PrisonCustodyRow,
  type PrisonMovementRow,
  type PrisonPhoneContactRow,
  type PrisonSeizureRow,
  type PrisonVisitRow,
} from '../repository/HmppsRepository';

/** The lists of a prison record; its scalars and `sentence` resolve from the row itself. */
export const PrisonCustody = {
  movements(
    custody: PrisonCustodyRow,
    _args: unknown,
    context: HmppsContext,
  ): Promise<PrisonMovementRow[]> {
    return context.loaders.movements.load(custody.nominalId);
  },

  adjudications(
    custody: PrisonCustodyRow,
    _args: unknown,
    context: HmppsContext,
  ): Promise<PrisonAdjudicationRow[]> {
    return context.loaders.adjudications.load(custody.nominalId);
  },

  seizures(
    custody: PrisonCustodyRow,
    _args: unknown,
    context: HmppsContext,
  ): Promise<PrisonSeizureRow[]> {
    return context.loaders.seizures.load(custody.nominalId);
  },

  visits(
    custody: PrisonCustodyRow,
    _args: unknown,
    context: HmppsContext,
  ): Promise<PrisonVisitRow[]> {
    return context.loaders.visits.load(custody.nominalId);
  },

  phoneContacts(
    custody: PrisonCustodyRow,
    _args: unknown,
    context: HmppsContext,
  ): Promise<PrisonPhoneContactRow[]> {
    return context.loaders.phoneContacts.load(custody.nominalId);
  },
};
