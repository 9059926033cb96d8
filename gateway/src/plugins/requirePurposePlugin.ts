import { type ApolloServerPlugin } from '@apollo/server';
import {
  createCodedError,
  ErrorCode,
  isPurposeFreeOperation,
} from '@marsoc/platform';
import { MIN_JUSTIFICATION_LENGTH, Purpose } from '@marsoc/schema/vocabulary';
import {
  displayHeaderName,
  JUSTIFICATION_HEADER,
  PURPOSE_HEADER,
} from '@marsoc/schema/wire';
import { type GatewayContext } from '../GatewayContext';

const PURPOSE_REQUIRED_MESSAGE = `This operation touches nominal data: send ${displayHeaderName(PURPOSE_HEADER)} (one of ${Purpose.values.join(', ')}) and ${displayHeaderName(JUSTIFICATION_HEADER)} (at least ${MIN_JUSTIFICATION_LENGTH} characters).`;

/**
 * Refuses, before any subgraph is called, an operation that touches a nominal
 * without a purpose and justification (X-Purpose, X-Justification). The answer
 * is a PURPOSE_REQUIRED error and no data. Only `me` and introspection are
 * purpose-free: everything else in this graph is about nominals.
 */
export function createRequirePurposePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, contextValue }) {
          if (
            contextValue.purpose ||
            (operation && isPurposeFreeOperation(operation))
          ) {
            return Promise.resolve();
          }
          throw createCodedError(
            ErrorCode.PURPOSE_REQUIRED,
            PURPOSE_REQUIRED_MESSAGE,
            { status: 400 },
          );
        },
      });
    },
  };
}
