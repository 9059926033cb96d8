import {
  type Agency,
  type DataCategory,
  type ReasonCode,
} from '@marsoc/schema';
import { type GraphQLError } from 'graphql';
import { badUserInput, forbidden, invalidTransition } from '../errors';
import { type RequestProblem } from './DisclosureRequestRecord';

const HEADINGS = {
  raise: 'Disclosure request refused; nothing was recorded.',
  decision: 'Decision refused; nothing was changed.',
  withdrawal: 'Withdrawal refused; nothing was changed.',
  reopening: 'Re-opening refused; nothing was changed.',
  listing: 'Listing disclosure requests refused.',
} as const;

export type RefusedAction = keyof typeof HEADINGS;

/**
 * One error for a refused action on a request, listing every problem. A caller
 * problem outranks the rest (FORBIDDEN), then bad input (BAD_USER_INPUT), then
 * a state the request cannot leave (INVALID_TRANSITION). Nothing was changed.
 */
export function createRequestRefusal(
  action: RefusedAction,
  problems: readonly RequestProblem[],
): GraphQLError {
  const message = [
    HEADINGS[action],
    ...problems.map((problem) => problem.message),
  ].join(' ');
  if (problems.some((problem) => problem.kind === 'CALLER'))
    return forbidden(message);
  if (problems.some((problem) => problem.kind === 'INPUT'))
    return badUserInput(message);
  return invalidTransition(message);
}

/**
 * The one refusal for a request naming an NCND category, a nominal the owner
 * does not hold, or a category it holds nothing of on that nominal: the same
 * code and the same words, with nothing of the request in them, so no two can
 * be told apart.
 */
export function createNothingToRequestRefusal(owner: Agency): GraphQLError {
  return badUserInput(
    `${HEADINGS.raise} ${owner} has nothing of that kind on that nominal that you can ask for.`,
  );
}

/** A category kept from the caller by something no grant lifts, or already theirs. */
export function createNotLiftableRefusal(
  owner: Agency,
  category: DataCategory,
  reason: ReasonCode | 'ALREADY_RELEASED',
): GraphQLError {
  const why =
    reason === 'ALREADY_RELEASED'
      ? `${owner} ${category} is already released to you in full for this purpose.`
      : `what keeps ${owner} ${category} from you (${reason}) is not something a case-specific grant can lift.`;
  return forbidden(
    `${HEADINGS.raise} No request is needed or possible: ${why}`,
  );
}
