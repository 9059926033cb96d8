import {
  type DisclosureRequestRecord,
  type FigureReportRoot,
  type RequestListing,
  toGrantRequest,
  toRequestCall,
} from '@marsoc/platform/disclosure-requests';
import { type DisclosureGrantRecord } from '@marsoc/platform/grants';
import { type LegalBasis } from '@marsoc/schema/register';
import { type NcaHmrcContext } from '../context';
import { listNcaHmrcLegalBases } from '../disclosureRequests';

/**
 * The subgraph's root queries. A disclosure officer's own agency's grants for
 * a nominal, revoked and expired ones included (the owner's record of what it
 * disclosed): anyone else is refused before the store is read, so it cannot be
 * used to probe which nominals HMRC or the NCA hold. The disclosure requests a
 * caller may see (the request desk decides which). The request figures: the
 * question is checked here, the counting waits for the marked fields. An
 * owner's legal bases: the register's statute list, nothing of any nominal.
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
  disclosureRequests(
    _root: unknown,
    args: RequestListing,
    context: NcaHmrcContext,
  ): Promise<DisclosureRequestRecord[]> {
    return context.loaders.requests.list(args, toRequestCall(context));
  },
  disclosureRequestFigures(
    _root: unknown,
    args: FigureReportRoot,
    context: NcaHmrcContext,
  ): FigureReportRoot {
    context.loaders.requests.assertFigureQuestion(args);
    return args;
  },
  disclosureLegalBases(_root: unknown, args: { owner: string }): LegalBasis[] {
    return listNcaHmrcLegalBases(args.owner);
  },
};
