import { type GrantRequest } from '@marsoc/platform/grants';
import { type NcaHmrcContext } from '../context';

/**
 * The verified caller, their purpose and the request's one clock reading: the
 * same instant the enforcement judges grants at, so a grant recorded with an
 * expiry "in the future" is in effect for the very next request.
 */
export function toGrantRequest(context: NcaHmrcContext): GrantRequest {
  return {
    caller: context.caller,
    purpose: context.purpose,
    now: context.enforcement.now,
  };
}
