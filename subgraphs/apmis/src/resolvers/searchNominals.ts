import { createCodedError, ErrorCode } from '@marsoc/platform';
import { type ApmisContext } from '../context';
import {
  type SearchArguments,
  validateSearch,
  writeSearchCriteria,
} from '../search/searchCriteria';
import { SEARCHES_PER_MINUTE } from '../search/SearchRateLimiter';

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
  const allowed = await context.loaders.searchRateLimiter.tryTake(
    context.caller.sub,
    Date.parse(now),
  );
  if (!allowed) {
    throw createCodedError(
      ErrorCode.LIMIT_EXCEEDED,
      `At most ${SEARCHES_PER_MINUTE} searches a minute per caller; nothing was searched. Try again shortly.`,
    );
  }
  return { criteria: writeSearchCriteria(criteria) };
}
