import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { type Logger } from 'pino';
import { ErrorCode, formatError } from '@marsoc/platform';
import { hideSuggestions } from './hideSuggestions';

/**
 * The gateway's error formatter: the platform's mask, then what only the
 * public edge needs. A limit refusal keeps its LIMIT_EXCEEDED code, which
 * Apollo Server replaces with GRAPHQL_VALIDATION_FAILED. A parse failure that is not graphql-js's own syntax error
 * (a RangeError from the recursive parser, should the token limit ever let one
 * through) says nothing of the server's internals. In production the schema
 * suggestions go.
 */
export function createGatewayErrorFormatter(options: {
  production: boolean;
  log: Logger;
}): (
  formatted: GraphQLFormattedError,
  error: unknown,
) => GraphQLFormattedError {
  return (formatted, error) => {
    let result = formatError(formatted, error, options.log);
    if (isLimitRefusal(error)) {
      result = {
        ...result,
        extensions: { ...result.extensions, code: ErrorCode.LIMIT_EXCEEDED },
      };
    }
    if (
      result.extensions?.code === ApolloServerErrorCode.GRAPHQL_PARSE_FAILED &&
      !result.message.startsWith('Syntax Error:')
    ) {
      options.log.error({ err: error }, 'parser failure masked');
      result = {
        message:
          'The document could not be parsed; it may be too deeply nested.',
        extensions: { code: ApolloServerErrorCode.GRAPHQL_PARSE_FAILED },
      };
    }
    return options.production ? hideSuggestions(result) : result;
  };
}

function isLimitRefusal(error: unknown): boolean {
  return (
    error instanceof GraphQLError &&
    error.extensions.code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED &&
    error.originalError instanceof GraphQLError &&
    error.originalError.extensions.code === ErrorCode.LIMIT_EXCEEDED
  );
}
