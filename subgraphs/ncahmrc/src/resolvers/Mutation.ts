import {
  type DisclosureGrantInput,
  type DisclosureGrantRecord,
} from '@marsoc/platform/grants';
import { type NcaHmrcContext } from '../context';
import { toGrantRequest } from './grantRequest';

/**
 * Case-specific disclosures ("Dare to Share", seed 000 E629), recorded and
 * revoked by the owner's disclosure officers. The grant desk validates before
 * it writes, so a refusal (an error listing every problem) stores nothing. The
 * returned grant carries its nominal, so the owner's audit of this ALTERATION
 * names the nominal.
 */
export const Mutation = {
  recordDisclosureGrant(
    _root: unknown,
    args: { input: DisclosureGrantInput },
    context: NcaHmrcContext,
  ): DisclosureGrantRecord {
    return context.loaders.grants.record(args.input, toGrantRequest(context));
  },
  revokeDisclosureGrant(
    _root: unknown,
    args: { id: string; reason: string },
    context: NcaHmrcContext,
  ): DisclosureGrantRecord {
    return context.loaders.grants.revoke(
      { id: args.id, reason: args.reason },
      toGrantRequest(context),
    );
  },
};
