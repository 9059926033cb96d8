import { GraphQLError } from 'graphql';
import { ErrorCode } from './ErrorCode';

/** A caller error with a code; `status` sets the HTTP status where it matters. */
export function createCodedError(
  code: ErrorCode,
  message: string,
  options: { status?: number; extensions?: Record<string, unknown> } = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code,
      ...options.extensions,
      ...(options.status === undefined
        ? {}
        : { http: { status: options.status } }),
    },
  });
}

export function unauthenticated(message: string): GraphQLError {
  return createCodedError(ErrorCode.UNAUTHENTICATED, message, { status: 401 });
}

export function badUserInput(message: string): GraphQLError {
  return createCodedError(ErrorCode.BAD_USER_INPUT, message);
}

export function forbidden(message: string): GraphQLError {
  return createCodedError(ErrorCode.FORBIDDEN, message);
}

export function invalidTransition(message: string): GraphQLError {
  return createCodedError(ErrorCode.INVALID_TRANSITION, message);
}
