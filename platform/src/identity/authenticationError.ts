import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/ErrorCode';

/** Why authentication failed, for metrics and logs; the message says it in words. */
export type AuthenticationFailure =
  | 'MISSING'
  | 'MULTIPLE'
  | 'TOO_LONG'
  | 'WRONG_SCHEME'
  | 'MALFORMED'
  | 'ALGORITHM_NOT_ALLOWED'
  | 'BAD_SIGNATURE'
  | 'UNKNOWN_KEY'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'WRONG_ISSUER'
  | 'WRONG_AUDIENCE'
  | 'INVALID_CLAIM'
  | 'WRONG_OPERATION'
  | 'REPLAYED';

/**
 * The caller could not be authenticated. Carries `code: UNAUTHENTICATED` and an
 * `http.status` of 401, which Apollo Server applies to the response and removes
 * from the error it sends; a plain node:http handler reads `httpStatus`. The
 * message says what was wrong but never repeats the credential itself.
 */
export class AuthenticationError extends GraphQLError {
  readonly failure: AuthenticationFailure;
  readonly httpStatus = 401;

  constructor(failure: AuthenticationFailure, message: string) {
    super(message, {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });
    this.name = 'AuthenticationError';
    this.failure = failure;
  }
}
