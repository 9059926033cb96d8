import { type ApolloServerPlugin } from '@apollo/server';
import {
  createCodedError,
  ErrorCode,
  isPurposeFreeOperation,
} from '@marsoc/platform';
import { type GatewayContext } from '../GatewayContext';

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
            'This operation touches nominal data: send X-Purpose (one of COHORT_MANAGEMENT, INTELLIGENCE_DEVELOPMENT, OFFENDER_MANAGEMENT, STAFF_SAFETY, PERFORMANCE_REPORTING, AUDIT) and X-Justification (at least 10 characters).',
            { status: 400 },
          );
        },
      });
    },
  };
}
