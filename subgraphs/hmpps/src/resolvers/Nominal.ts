import { type HmppsContext } from '../context';
import {
  type PrisonCustodyRow,
  type ProbationSupervisionRow,
} from '../repository/HmppsRepository';

interface NominalReference {
  id: string;
}

export const Nominal = {
  /** Cheap on purpose: the HMPPS fields load (batched) only if they are asked for. */
  __resolveReference(reference: NominalReference): NominalReference {
    return { id: reference.id };
  },

  custody(
    nominal: NominalReference,
    _args: unknown,
    context: HmppsContext,
  ): Promise<PrisonCustodyRow | null> {
    return context.loaders.custody.load(nominal.id);
  },

  probation(
    nominal: NominalReference,
    _args: unknown,
    context: HmppsContext,
  ): Promise<ProbationSupervisionRow | null> {
    return context.loaders.probation.load(nominal.id);
  },
};
