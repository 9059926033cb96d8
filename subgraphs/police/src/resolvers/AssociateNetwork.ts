import { type PoliceContext } from '../context';
import { type PoliceAssociateLinkRow } from '../repository/PoliceRepository';

export interface AssociateNetworkReference {
  nominalId: string;
}

/** Police's links of a nominal's associate network; HMPPS adds its own. */
export const AssociateNetwork = {
  __resolveReference: (
    reference: AssociateNetworkReference,
  ): AssociateNetworkReference => ({ nominalId: reference.nominalId }),
  policeLinks: (
    network: AssociateNetworkReference,
    _args: unknown,
    context: PoliceContext,
  ): Promise<PoliceAssociateLinkRow[]> =>
    context.loaders.associateLinks.load(network.nominalId),
};

export const PoliceAssociateLink = {
  associate: (link: PoliceAssociateLinkRow): { id: string } => ({
    id: link.associateId,
  }),
};
