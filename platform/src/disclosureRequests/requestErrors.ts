import {
  type Agency,
  type DataCategory,
  type ReasonCode,
} from '@marsoc/schema';
import { type GraphQLError } from 'graphql';
import { badUserInput, forbidden } from '../errors';
import { createProblemRefusal } from '../grants/grantErrors';
import {
  type DisclosureRequestRecord,
  type RequestProblem,
} from './DisclosureRequestRecord';

const HEADINGS = {
  raise: 'Disclosure request refused; nothing was recorded.',
  decision: 'Decision refused; nothing was changed.',
  withdrawal: 'Withdrawal refused; nothing was changed.',
  reopening: 'Re-opening refused; nothing was changed.',
  listing: 'Listing disclosure requests refused.',
} as const;

export type RefusedAction = keyof typeof HEADINGS;

/** One error for a refused action on a request, listing every problem; nothing was changed. */
export function createRequestRefusal(
  action: RefusedAction,
  problems: readonly RequestProblem[],
): GraphQLError {
  return createProblemRefusal(HEADINGS[action], problems);
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

/**
 * A second pending request for what the caller already asked for. It names
 * their own request, which they may read, and nothing of anyone else's.
 */
export function createDuplicateRefusal(
  pending: Pick<DisclosureRequestRecord, 'id' | 'owner' | 'category'>,
): GraphQLError {
  return badUserInput(
    `${HEADINGS.raise} You already have a pending request to ${pending.owner} for ${pending.category} on this nominal (${pending.id}): wait for its decision, or withdraw it and raise a new one.`,
  );
}

/** A caller the register does not let read request records, so they neither raise nor list one. */
export function createRecordsRefusal(
  action: 'raise' | 'listing',
  reason: ReasonCode,
): GraphQLError {
  return forbidden(
    `${HEADINGS[action]} You may not read disclosure requests for this purpose (DISCLOSURE_REQUESTS: ${reason}), so you may neither raise nor list one.`,
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
