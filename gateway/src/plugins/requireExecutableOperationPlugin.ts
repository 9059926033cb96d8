import { type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, Kind } from 'graphql';
import { type GatewayContext } from '../GatewayContext';

/**
 * Refuses, as a client error (400), a document the federation gateway cannot
 * execute: no operation chosen (several without `operationName`, or an
 * `operationName` that names none) or a subscription. Apollo Server's
 * validation passes these, and @apollo/gateway then throws plain errors from
 * its executor, which Apollo Server can only answer as 500.
 *
 * Its hook throws synchronously, and it must be the first plugin: Apollo Server
 * calls every `didResolveOperation` hook in one `map`, so the first synchronous
 * throw is the answer, and "send a purpose" would be the wrong one here.
 */
export function createRequireExecutableOperationPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, document, request }) {
          if (!operation) {
            throw operationResolutionFailure(
              request.operationName
                ? 'No operation in the document has the name given in `operationName`.'
                : `The document holds ${countOperations(document.definitions)} operations; name the one to run in \`operationName\`.`,
            );
          }
          if (operation.operation === 'subscription') {
            throw new GraphQLError(
              'Subscriptions are not supported; send a query or a mutation.',
              {
                extensions: {
                  code: ApolloServerErrorCode.BAD_REQUEST,
                  http: { status: 400 },
                },
              },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}

function operationResolutionFailure(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
      http: { status: 400 },
    },
  });
}

function countOperations(definitions: readonly { kind: Kind }[]): number {
  return definitions.filter(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  ).length;
}
