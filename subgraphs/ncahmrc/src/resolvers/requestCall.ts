import {
  type DisclosureRequestCall,
  readRequestDecisions,
} from '@marsoc/platform/disclosure-requests';
import { type NcaHmrcContext } from '../context';
import { toGrantRequest } from './grantRequest';

/**
 * The verified caller, their purpose, the request's one clock reading (the
 * instant the enforcement judges grants and deadlines at) and the caller's
 * decisions from the request's own table: a request is judged exactly as the
 * caller was shown the category it names.
 */
export function toRequestCall(context: NcaHmrcContext): DisclosureRequestCall {
  return {
    ...toGrantRequest(context),
    decisions: readRequestDecisions(context.enforcement),
  };
}
