import { GraphQLError } from 'graphql';
import { type Decision, type FieldMarking } from '@marsoc/schema';
import { ErrorCode } from '../errors';

/**
 * The error a WITHHELD or EXISTENCE field resolves with. It names the owner, the
 * category, the reason and the route to ask for more; `held: true` only at
 * EXISTENCE, where the owner has agreed the caller may know data exists. It never
 * carries a value or a rule id (rule ids go to the audit log).
 */
export function createWithheldError(
  marking: FieldMarking,
  decision: Decision,
): GraphQLError {
  const held = decision.level === 'EXISTENCE';
  const message = held
    ? `${marking.owner} holds ${marking.category} information not released to you (${decision.reason}).`
    : `${marking.owner} ${marking.category} information is not released to you (${decision.reason}).`;
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.WITHHELD,
      owner: marking.owner,
      category: marking.category,
      reason: decision.reason,
      ...(held ? { held: true } : {}),
      route:
        decision.route ??
        `Ask ${marking.owner} through its MARSOC single point of contact.`,
    },
  });
}
