import { type HmppsContext } from '../context';
import { type PrisonAssociateLinkRow } from '../repository/HmppsRepository';

interface AssociateNetworkReference {
  nominalId: string;
}

/** HMPPS's links of a nominal's associate network (police declare the network). */
export const AssociateNetwork = {
  __resolveReference: (
    reference: AssociateNetworkReference,
  ): AssociateNetworkReference => ({ nominalId: reference.nominalId }),
  prisonLinks: (
    network: AssociateNetworkReference,
    _args: unknown,
    context: HmppsContext,
  ): Promise<PrisonAssociateLinkRow[]> =>
    context.loaders.associateLinks.load(network.nominalId),
};

export const PrisonAssociateLink = {
  associate: (link: PrisonAssociateLinkRow): { id: string } => ({
    id: link.associateId,
  }),
};
