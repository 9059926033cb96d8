import { AsyncLocalStorage } from 'node:async_hooks';
import { type Span } from '@opentelemetry/api';
import { NO_OPERATION } from './operationLabels';

/** How a GraphQL answer went, read from its body. */
export type GraphQLOutcome = 'success' | 'partial' | 'refused' | 'limited';

/**
 * What one HTTP request was, gathered as it goes: by the HTTP front when it
 * arrives and leaves, by the Apollo plugin (caller, operation, outcome), by
 * each subgraph fetch. Ids, codes, names and hashes only, never a value, a
 * token or a justification. It is the request's async-local store, so a
 * fetch or an audit append finds the request it belongs to.
 */
export interface RequestObservation {
  readonly startedAt: bigint;
  /** The route's template ('/graphql', '/profiles/*', 'other'), never the raw path. */
  readonly route: string;
  readonly span?: Span;
  requestId?: string;
  caller?: { sub: string; agency: string };
  purpose?: string | null;
  operationName?: string | null;
  operationHash?: string;
  operationType?: string;
  /** Bounded metric labels: a known operation's name or 'other', the root field. */
  operationLabel: string;
  rootField: string;
  graphqlOutcome?: GraphQLOutcome;
  /** The subgraphs the gateway fetched from for this request. */
  readonly subgraphs: Set<string>;
}

const storage = new AsyncLocalStorage<RequestObservation | undefined>();

export function beginObservation(
  route: string,
  span: Span | undefined,
): RequestObservation {
  const observation: RequestObservation = {
    startedAt: process.hrtime.bigint(),
    route,
    span,
    operationLabel: NO_OPERATION,
    rootField: NO_OPERATION,
    subgraphs: new Set(),
  };
  enterObservation(observation);
  return observation;
}

/**
 * Makes `observation` the current request's for the rest of this synchronous
 * run and everything it starts: called by the first 'request' listener, so
 * the HTTP handler that runs next, and all it awaits, see it.
 */
export function enterObservation(
  observation: RequestObservation | undefined,
): void {
  storage.enterWith(observation);
}

/** The request being handled, if the service observes it (none in tests run in process). */
export function currentObservation(): RequestObservation | undefined {
  return storage.getStore();
}

/** Seconds since the request arrived. */
export function elapsedSeconds(observation: RequestObservation): number {
  return Number(process.hrtime.bigint() - observation.startedAt) / 1e9;
}
