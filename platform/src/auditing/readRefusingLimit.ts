import { type GraphQLFormattedError } from 'graphql';
import { REFUSING_LIMITS, type RefusingLimit } from '@marsoc/schema/wire';
import { ErrorCode } from '../errors';

const LIMIT_CODES = new Set<unknown>([
  ErrorCode.RATE_LIMITED,
  ErrorCode.BREADTH_LIMITED,
]);

/**
 * The per-caller limit that refused an answer, for its audit record (`limit`):
 * named by the refusal's `extensions.limit`, checked against the closed list,
 * so a record names a limit and never anything a caller wrote.
 */
export function readRefusingLimit(
  errors: readonly GraphQLFormattedError[] | undefined,
): { limit?: RefusingLimit } {
  for (const error of errors ?? []) {
    if (!LIMIT_CODES.has(error.extensions?.code)) continue;
    const limit = REFUSING_LIMITS.find(
      (name) => name === error.extensions?.limit,
    );
    if (limit !== undefined) return { limit };
  }
  return {};
}
