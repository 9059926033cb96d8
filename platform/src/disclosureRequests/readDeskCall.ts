import { type GrantRequest } from '../grants';
import { type SubgraphContext } from '../subgraph';
import { type DisclosureRequestCall } from './DisclosureRequestService';
import { readRequestDecisions } from './readRequestDecisions';

/**
 * The verified caller, their purpose and the request's one clock reading: the
 * same instant the enforcement judges grants at, so a grant recorded with an
 * expiry "in the future" is in effect for the very next request.
 */
export function toGrantRequest(
  context: SubgraphContext<unknown>,
): GrantRequest {
  return {
    caller: context.caller,
    purpose: context.purpose,
    now: context.enforcement.now,
  };
}

/**
 * The grant request plus the caller's decisions from the request's own table:
 * a request is judged exactly as the caller was shown the category it names.
 */
export function toRequestCall(
  context: SubgraphContext<unknown>,
): DisclosureRequestCall {
  return {
    ...toGrantRequest(context),
    decisions: readRequestDecisions(context.enforcement),
  };
}
