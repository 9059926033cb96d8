import {
  type DisclosureDecisionInput,
  type DisclosureRequestInput,
  type DisclosureRequestRecord,
  toGrantRequest,
  toRequestCall,
} from '@marsoc/platform/disclosure-requests';
import {
  type DisclosureGrantInput,
  type DisclosureGrantRecord,
} from '@marsoc/platform/grants';
import { type NcaHmrcContext } from '../context';

/**
 * Case-specific disclosures ("Dare to Share", seed 000 E629), recorded and
 * revoked by the owner's disclosure officers, and the requests that ask for
 * them. The grant and request desks validate before they write, so a refusal
 * (an error listing every problem) stores nothing. What they return carries its
 * nominal, so the owner's audit of the change names the nominal.
 */
export const Mutation = {
  recordDisclosureGrant(
    _root: unknown,
    args: { input: DisclosureGrantInput },
    context: NcaHmrcContext,
  ): Promise<DisclosureGrantRecord> {
    return context.loaders.grants.record(args.input, toGrantRequest(context));
  },
  revokeDisclosureGrant(
    _root: unknown,
    args: { id: string; reason: string },
    context: NcaHmrcContext,
  ): Promise<DisclosureGrantRecord> {
    return context.loaders.grants.revoke(
      { id: args.id, reason: args.reason },
      toGrantRequest(context),
    );
  },
  requestDisclosure(
    _root: unknown,
    args: { input: DisclosureRequestInput },
    context: NcaHmrcContext,
  ): Promise<DisclosureRequestRecord> {
    return context.loaders.requests.raise(args.input, toRequestCall(context));
  },
  decideDisclosureRequest(
    _root: unknown,
    args: DisclosureDecisionInput,
    context: NcaHmrcContext,
  ): Promise<DisclosureRequestRecord> {
    return context.loaders.requests.decide(args, toRequestCall(context));
  },
  withdrawDisclosureRequest(
    _root: unknown,
    args: { id: string },
    context: NcaHmrcContext,
  ): Promise<DisclosureRequestRecord> {
    return context.loaders.requests.withdraw(args.id, toRequestCall(context));
  },
  reopenDisclosureRequest(
    _root: unknown,
    args: { id: string; justification: string },
    context: NcaHmrcContext,
  ): Promise<DisclosureRequestRecord> {
    return context.loaders.requests.reopen(args, toRequestCall(context));
  },
};
