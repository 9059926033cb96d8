import { type GraphQLError } from 'graphql';
import { badUserInput, forbidden, invalidTransition } from '../errors';
import { type GrantProblem } from './DisclosureGrantRecord';

const HEADINGS = {
  grant: 'Disclosure grant refused; nothing was recorded.',
  revocation: 'Revocation refused; nothing was changed.',
  listing: 'Listing disclosure grants refused.',
} as const;

/**
 * One error for a refused grant or revocation, listing every problem. Nothing
 * was changed.
 */
export function createGrantRefusal(
  action: keyof typeof HEADINGS,
  problems: readonly GrantProblem[],
): GraphQLError {
  return createProblemRefusal(HEADINGS[action], problems);
}

/**
 * One error under `heading` listing every problem. A caller problem outranks
 * the rest (FORBIDDEN), then bad input (BAD_USER_INPUT), then a state the
 * record cannot leave (INVALID_TRANSITION).
 */
export function createProblemRefusal(
  heading: string,
  problems: readonly Pick<GrantProblem, 'kind' | 'message'>[],
): GraphQLError {
  const message = [heading, ...problems.map((problem) => problem.message)].join(
    ' ',
  );
  if (problems.some((problem) => problem.kind === 'CALLER'))
    return forbidden(message);
  if (problems.some((problem) => problem.kind === 'INPUT'))
    return badUserInput(message);
  return invalidTransition(message);
}
