import { createLimitRefusal } from '@marsoc/platform/limits';
import { type ApmisContext } from '../context';
import {
  type SearchArguments,
  validateSearch,
  writeSearchCriteria,
} from '../search/searchCriteria';

export interface NominalSearchRoot {
  criteria: string;
}

/**
 * Starts a cross-agency search: validates the criteria (a bad search changes
 * nothing, not even the caller's allowance), takes one search from the
 * caller's allowance, and returns the search entity. Police, HMPPS and APMIS
 * each then match their own data under the caller's own decisions.
 */
export async function searchNominals(
  _root: unknown,
  args: SearchArguments,
  context: ApmisContext,
): Promise<NominalSearchRoot> {
  const now = context.enforcement.now;
  const criteria = validateSearch(args, now.slice(0, 10));
  const limiter = context.loaders.searchRateLimiter;
  const decision = await limiter.tryTake(context.caller.sub, Date.parse(now));
  if (!decision.allowed) {
    throw createLimitRefusal(
      'SEARCH_RATE',
      decision.retryAfterSeconds,
      `At most ${limiter.perMinute} searches a minute per caller; nothing was searched. Try again in ${decision.retryAfterSeconds} s.`,
    );
  }
  return { criteria: writeSearchCriteria(criteria) };
}
