import { type ApolloServerPlugin } from '@apollo/server';
import { type OperationDefinitionNode } from 'graphql';
import { createCodedError, ErrorCode } from '@marsoc/platform';
import { type GatewayContext } from '../GatewayContext';

// Root fields that describe the caller or the schema, not any nominal.
const PURPOSE_FREE_FIELDS = new Set(['me', '__typename', '__schema', '__type']);

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
          if (contextValue.purpose || (operation && !touchesNominal(operation))) {
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

/** True unless every root field selected is purpose-free (fragments count as touching). */
function touchesNominal(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (selection) => selection.kind !== 'Field' || !PURPOSE_FREE_FIELDS.has(selection.name.value),
  );
}
