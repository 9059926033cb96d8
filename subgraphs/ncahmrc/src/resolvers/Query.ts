import { type DisclosureGrantRecord } from '@marsoc/platform/grants';
import { type NcaHmrcContext } from '../context';
import { toGrantRequest } from './grantRequest';

/**
 * The subgraph's one root query: a disclosure officer's own agency's grants for
 * a nominal, revoked and expired ones included (the owner's record of what it
 * disclosed). Anyone else is refused before the store is read, so it cannot be
 * used to probe which nominals HMRC or the NCA hold.
 */
export const Query = {
  async disclosureGrants(
    _root: unknown,
    args: { nominalId: string },
    context: NcaHmrcContext,
  ): Promise<DisclosureGrantRecord[]> {
    const owner = context.loaders.grants.assertMayListGrants(
      toGrantRequest(context),
    );
    const grants = await context.loaders.disclosureGrants.load(args.nominalId);
    return grants.filter((grant) => grant.owner === owner);
  },
};
