import {
  ApolloServerErrorCode,
  unwrapResolverError,
} from '@apollo/server/errors';
import { type GraphQLFormattedError } from 'graphql';
import { type Logger } from 'pino';
import { ErrorCode, PUBLIC_ERROR_CODES } from './ErrorCode';

// Apollo's request-level codes are safe to show: they describe the request, not data.
const APOLLO_REQUEST_CODES: ReadonlySet<string> = new Set([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

/**
 * The edge's error mask, passed to ApolloServer({ formatError }). Our own codes
 * and Apollo's request-level codes pass through; anything else is logged with
 * its cause and replaced by a generic message, so no stack, SQL or value leaks.
 * It must never throw.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: Logger,
): GraphQLFormattedError {
  try {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      if (PUBLIC_ERROR_CODES.has(code) || APOLLO_REQUEST_CODES.has(code)) {
        return withoutStacktrace(formatted);
      }
    }
    log.error({ err: unwrapResolverError(error) }, 'unexpected error masked');
  } catch {
    // Logging must not turn a masked error into an unmasked one.
  }
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

function withoutStacktrace(
  formatted: GraphQLFormattedError,
): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) {
    return formatted;
  }
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
