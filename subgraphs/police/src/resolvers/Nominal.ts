import { type PoliceContext } from '../context';
import { type PoliceNominalRow } from '../repository/PoliceRepository';

interface NominalReference {
  id: string;
}

export const Nominal = {
  // Cheap on purpose: the police fields load through the request's loaders.
  __resolveReference: (reference: NominalReference): NominalReference => ({
    id: reference.id,
  }),
  police: (
    nominal: NominalReference,
    _args: unknown,
    context: PoliceContext,
  ): Promise<PoliceNominalRow | null> =>
    context.loaders.nominal.load(nominal.id),
};
