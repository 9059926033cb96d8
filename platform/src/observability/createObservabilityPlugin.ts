import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { type CallerContext } from '@marsoc/schema';
import {
  type DisclosureEntry,
  PER_CALLER_LIMIT_CODES,
  REFUSING_LIMITS,
  type RefusingLimit,
} from '@marsoc/schema/wire';
import { ErrorCode } from '../errors';
import { type ServiceMetrics } from './createServiceMetrics';
import {
  hashOperation,
  type KnownOperations,
  readRootFieldLabel,
  rootFieldForResponseKey,
} from './operationLabels';
import { currentObservation, type GraphQLOutcome } from './requestObservation';

export interface ObservabilityPluginOptions<Context extends CallerContext> {
  metrics: ServiceMetrics;
  knownOperations: KnownOperations;
  /**
   * What the owner recorded for its audit in this request (a subgraph's
   * disclosure recorder, audit view): counted by owner, category and level.
   */
  decisionsOf?(context: Context): readonly DisclosureEntry[];
}

/** The limit label of a refusal in validation, before any field ran. */
const OPERATION_LIMITS = 'operation_limits';

/**
 * Fills the request's observation from Apollo (who, which operation by name
 * and hash, how it went), counts limit refusals and, in an owner's subgraph,
 * the disclosure decisions it recorded for its audit. It reads the verified
 * caller's sub and agency and the purpose code, never a justification, a
 * variable or a value.
 */
export function createObservabilityPlugin<Context extends CallerContext>(
  options: ObservabilityPluginOptions<Context>,
): ApolloServerPlugin<Context> {
  const { metrics } = options;
  return {
    requestDidStart({ contextValue }) {
      const observation = currentObservation();
      if (observation) {
        observation.requestId = contextValue.requestId;
        observation.caller = {
          sub: contextValue.caller.sub,
          agency: contextValue.caller.agency,
        };
        observation.purpose = contextValue.purpose?.purpose ?? null;
      }
      return Promise.resolve({
        didResolveSource({ source }) {
          if (observation) {
            observation.operationHash = hashOperation(source);
            observation.operationLabel = options.knownOperations.labelFor(
              observation.operationHash,
            );
          }
          return Promise.resolve();
        },
        didResolveOperation({ operation, schema }) {
          if (observation && operation) {
            observation.operationName = operation.name?.value ?? null;
            observation.operationType = operation.operation;
            observation.rootField = readRootFieldLabel(operation, schema);
          }
          return Promise.resolve();
        },
        didEncounterErrors({ errors, operation, schema }) {
          for (const error of errors) {
            if (!isLimitRefusal(error)) continue;
            const rootKey = error.path?.[0];
            const named = readRefusingLimit(error);
            const limit =
              named ??
              (operation === undefined || rootKey === undefined
                ? OPERATION_LIMITS
                : `field:${rootFieldForResponseKey(operation, schema, rootKey)}`);
            metrics.limitRefusals.inc({ limit });
          }
          return Promise.resolve();
        },
        willSendResponse({ response, contextValue: context }) {
          if (options.decisionsOf)
            countDecisions(metrics, options.decisionsOf(context));
          if (observation && response.body.kind === 'single') {
            const { data, errors } = response.body.singleResult;
            observation.graphqlOutcome = readOutcome(data, errors);
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * A limit's refusal: LIMIT_EXCEEDED (the query's own size) or a per-caller
 * limit (search rate, breadth), also where Apollo Server has wrapped a
 * validation rule's error as GRAPHQL_VALIDATION_FAILED (the gateway's
 * formatter restores the code for the caller afterwards).
 */
function isLimitRefusal(error: GraphQLError): boolean {
  const original = error.originalError;
  return (
    isLimitCode(error.extensions.code) ||
    (original instanceof GraphQLError && isLimitCode(original.extensions.code))
  );
}

/** A per-caller limit's own name (SEARCH_RATE, NOMINAL_BREADTH): a closed set. */
function readRefusingLimit(error: GraphQLError): RefusingLimit | undefined {
  const limit =
    error.extensions.limit ??
    (error.originalError instanceof GraphQLError
      ? error.originalError.extensions.limit
      : undefined);
  return REFUSING_LIMITS.find((known) => known === limit);
}

function isLimitCode(code: unknown): boolean {
  return (
    code === ErrorCode.LIMIT_EXCEEDED ||
    (typeof code === 'string' && PER_CALLER_LIMIT_CODES.has(code))
  );
}

function readOutcome(
  data: unknown,
  errors: readonly GraphQLFormattedError[] | undefined,
): GraphQLOutcome {
  if (errors === undefined || errors.length === 0) return 'success';
  if (errors.some((error) => isLimitCode(error.extensions?.code)))
    return 'limited';
  return data === undefined || data === null ? 'refused' : 'partial';
}

/**
 * Field decisions per owner, category and level, from the owner's audit
 * view: an NCND suppression counts as WITHHELD there, so the metrics say no
 * more than the audit does about what a caller may not know exists.
 */
function countDecisions(
  metrics: ServiceMetrics,
  entries: readonly DisclosureEntry[],
): void {
  for (const entry of entries) {
    const labels = { owner: entry.owner, category: entry.category };
    const levels = [
      ['FULL', entry.released.length],
      ['SUMMARY', entry.summarised.length],
      ['EXISTENCE', entry.held.length],
      ['WITHHELD', entry.withheld.length],
    ] as const;
    for (const [level, count] of levels)
      if (count > 0)
        metrics.disclosureDecisions.inc({ ...labels, level }, count);
  }
}
