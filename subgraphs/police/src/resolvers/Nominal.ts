import { type GraphQLResolveInfo } from 'graphql';
import { type PoliceContext } from '../context';
import { type PoliceNominalRow } from '../repository/PoliceRepository';
import { assertAssociateDepth } from './associateDepth';
import { type AssociateNetworkReference } from './AssociateNetwork';

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
  /**
   * The network exists for every nominal police hold, links or none, so its
   * presence says no more than the police record does.
   */
  associates: async (
    nominal: NominalReference,
    _args: unknown,
    context: PoliceContext,
    info: GraphQLResolveInfo,
  ): Promise<AssociateNetworkReference | null> => {
    assertAssociateDepth(info);
    const held = await context.loaders.nominal.load(nominal.id);
    return held ? { nominalId: held.nominalId } : null;
  },
};
