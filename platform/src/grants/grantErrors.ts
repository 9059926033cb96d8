import { type GraphQLError } from 'graphql';
import { badUserInput, forbidden, invalidTransition } from '../errors';
import { type GrantProblem } from './DisclosureGrantRecord';

const HEADINGS = {
  grant: 'Disclosure grant refused; nothing was recorded.',
  revocation: 'Revocation refused; nothing was changed.',
  listing: 'Listing disclosure grants refused.',
} as const;

/**
 * One error for a refused grant or revocation, listing every problem. A caller
 * problem outranks the rest (FORBIDDEN), then bad input (BAD_USER_INPUT), then
 * a state the grant cannot leave (INVALID_TRANSITION). Nothing was changed.
 */
export function createGrantRefusal(
  action: keyof typeof HEADINGS,
  problems: readonly GrantProblem[],
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
