import { type GraphQLFormattedError } from 'graphql';
import {
  type Caller,
  type PolicyEngine,
  type RequestPurpose,
} from '@marsoc/schema';
import { type AuditSink } from '../audit';
import { createOwnerAuditPlugin } from '../auditing';
import { createSilentLogger } from '../logging/createLogger';
import { type SubgraphService } from '../service';
import { createSubgraphServer, type SubgraphServer } from '../subgraph';
import {
  createFixedPolicy,
  TEST_CALLER,
  TEST_PURPOSE,
} from './createFixedPolicy';

/** What a subgraph's tests need of its descriptor: what the service itself is built from. */
export type TestedSubgraph<Repository, Loaders> = Pick<
  SubgraphService<Repository, Loaders>,
  'definition' | 'findGrants'
>;

export interface SubgraphTestServerOptions<Repository> {
  /** The store under test (often a small seeded in-memory one). */
  repository: Repository;
  /** The rules applied; a fixed stand-in (every field FULL) unless given. */
  policy?: PolicyEngine;
  /** The categories a marking may name; any, unless a test wants the register's. */
  isKnownCategory?: (category: string) => boolean;
  /** When given, the server audits its own operations to it, as the running service does. */
  auditSink?: AuditSink;
  /** The time requests are judged at (grant expiry, date windows); the real clock unless given. */
  clock?: () => Date;
  /** Who operations run as when `execute` does not say (the cleared test analyst). */
  caller?: Caller;
  /** The purpose they declare when `execute` does not say; null declares none. */
  purpose?: RequestPurpose | null;
}

/** Who one operation runs as; each part left out falls back to the server's. */
export interface OperationIdentity {
  caller?: Caller;
  /** null: the request declares no purpose. */
  purpose?: RequestPurpose | null;
}

/** One answer as the gateway would read it off the wire. */
export interface OperationResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

export interface SubgraphTestServer<Loaders> extends SubgraphServer<Loaders> {
  /** Runs one operation in process with a verified caller context, as the gateway sends it. */
  execute(
    query: string,
    variables?: Record<string, unknown>,
    identity?: OperationIdentity,
  ): Promise<OperationResult>;
}

// Process-wide, so that servers built in one test never share a request id
// (the audit groups what it records by request).
let requestCount = 0;

/**
 * A subgraph's real schema, resolvers and enforcement over `repository`, built
 * from its service descriptor as the running service is (grants included),
 * for its tests to run operations in process: no network, no signed header.
 */
export function createSubgraphTestServer<Repository, Loaders>(
  subgraph: TestedSubgraph<Repository, Loaders>,
  options: SubgraphTestServerOptions<Repository>,
): SubgraphTestServer<Loaders> {
  const { definition } = subgraph;
  const policy = options.policy ?? createFixedPolicy();
  const log = createSilentLogger();
  const sink = options.auditSink;
  const server = createSubgraphServer(definition, {
    repository: options.repository,
    policy,
    isKnownCategory: options.isKnownCategory ?? (() => true),
    findGrants: subgraph.findGrants?.(options.repository),
    log,
    clock: options.clock,
    plugins: sink
      ? [
          createOwnerAuditPlugin({
            sink,
            service: definition.name,
            registerVersion: policy.registerVersion,
            supergraphVersion: 'test-supergraph',
            log,
            collectingMutations: definition.collectingMutations,
          }),
        ]
      : [],
  });
  const defaultPurpose =
    options.purpose === undefined ? TEST_PURPOSE : options.purpose;
  async function execute(
    query: string,
    variables: Record<string, unknown> = {},
    identity: OperationIdentity = {},
  ): Promise<OperationResult> {
    requestCount += 1;
    const purpose =
      identity.purpose === undefined ? defaultPurpose : identity.purpose;
    const response = await server.apollo.executeOperation(
      { query, variables },
      {
        contextValue: server.createContext({
          caller: identity.caller ?? options.caller ?? TEST_CALLER,
          purpose: purpose ?? undefined,
          requestId: `test-${requestCount}`,
        }),
      },
    );
    if (response.body.kind !== 'single')
      throw new Error('expected a single result');
    const { data, errors, extensions } = response.body.singleResult;
    // Through JSON, as the gateway reads it: plain objects, nothing undefined.
    return JSON.parse(
      JSON.stringify({ data, errors, extensions }),
    ) as OperationResult;
  }
  return { ...server, execute };
}
