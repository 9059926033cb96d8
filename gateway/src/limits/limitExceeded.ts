import { type ASTNode, GraphQLError } from 'graphql';
import { ErrorCode } from '@marsoc/platform';

/**
 * The validation error for an operation over one of the gateway's limits. It
 * is reported, never thrown: graphql-js lets a thrown error escape `validate`,
 * which Apollo Server would answer as a 500.
 */
export function limitExceeded(message: string, node?: ASTNode): GraphQLError {
  return new GraphQLError(message, {
    ...(node ? { nodes: [node] } : {}),
    extensions: { code: ErrorCode.LIMIT_EXCEEDED },
  });
}
