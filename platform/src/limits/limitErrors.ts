import { GraphQLError } from 'graphql';
import { type RefusingLimit } from '@marsoc/schema/wire';
import { ErrorCode } from '../errors/ErrorCode';

/**
 * A refusal by a per-caller limit: RATE_LIMITED or BREADTH_LIMITED, naming the
 * limit and the seconds until its window ends (the gateway answers 429 with
 * `Retry-After`). The message says what was done (nothing) and when to retry;
 * it never names a nominal.
 */
export function createLimitRefusal(
  limit: RefusingLimit,
  retryAfterSeconds: number,
  message: string,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code:
        limit === 'NOMINAL_BREADTH'
          ? ErrorCode.BREADTH_LIMITED
          : ErrorCode.RATE_LIMITED,
      limit,
      retryAfter: retryAfterSeconds,
    },
  });
}

/**
 * The limits' store could not be asked (Redis down or too slow): the request
 * is refused, never let through uncounted, because the limits are an
 * anti-fishing control (docs/threat-model.md). A service fault (503); the
 * cause is kept for the log, never sent.
 */
export class LimitsUnavailableError extends GraphQLError {
  constructor(cause: unknown) {
    super(
      'The per-caller limits could not be checked, so nothing was done; try again shortly.',
      {
        originalError: new Error('limits store unavailable', { cause }),
        extensions: { code: ErrorCode.LIMITS_UNAVAILABLE },
      },
    );
    this.name = 'LimitsUnavailableError';
  }
}
