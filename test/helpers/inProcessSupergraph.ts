import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GraphQLDataSource } from '@apollo/gateway';
import { type ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { type GraphQLFormattedError } from 'graphql';
import {
  CALLER_CONTEXT_ISSUER,
  createCallerContextSigner,
  createCallerContextVerifier,
  createMemoryReplayGuard,
  createSilentLogger,
  createSubgraphServer,
  type FindGrants,
  toCallerContextSecret,
  readSubgraphOperation,
  type SubgraphContext,
  type SubgraphServer,
  type SubgraphService,
} from '@marsoc/platform';
import {
  type Caller,
  type PolicyEngine,
  type RequestPurpose,
} from '@marsoc/schema';
import { createPolicyEngine } from '@marsoc/schema/policy';
import { loadRegister } from '@marsoc/schema/register';
import {
  collectDisclosure,
  createGatewayServer,
  createUpstreamUnavailableError,
  type GatewayContext,
} from '@marsoc/gateway';
import { SUBGRAPH_SERVICES } from '@marsoc/subgraphs';
import { type AuditLogRepository } from '@marsoc/subgraph-audit';

const STORE = {
  dataDirectory: ':memory:',
  seed: 'marsoc-early-adopter',
  size: 400,
};

export interface InProcessSupergraph {
  gateway: ApolloServer<GatewayContext>;
  subgraphs: Record<string, SubgraphServer<unknown>>;
  policy: PolicyEngine;
  /** Runs one operation through the real gateway as `caller`, with `purpose`. */
  query(
    caller: Caller,
    purpose: RequestPurpose | undefined,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GatewayResult>;
  stop(): Promise<void>;
}

export interface GatewayResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

/**
 * The whole system in one process, no network: the four real subgraph schemas,
 * stores seeded in memory, the real register and policy engine, the real
 * gateway code over the committed supergraph. Each fetch is signed with the real
 * caller-context signer, bound to the operation it sends, and verified with the
 * real verifier and a replay guard per subgraph, as over HTTP.
 */
export interface InProcessSupergraphOptions {
  /**
   * Grant sources by subgraph name. Unless one is given, the NCA/HMRC subgraph
   * reads its own store's grants, as it does when run as a service.
   */
  findGrants?: Partial<Record<string, FindGrants>>;
  /** The subgraphs' clock (it judges grant expiry); the real time unless given. */
  clock?: () => Date;
  /** Subgraphs that are down: every fetch to them fails as a refused connection would. */
  unavailable?: readonly string[];
  /** Extra gateway plugins, e.g. the combination audit over a sink under test. */
  gatewayPlugins?: ApolloServerPlugin<GatewayContext>[];
  /** Extra plugins for every subgraph, e.g. the owner audit over a sink under test. */
  subgraphPlugins?: ApolloServerPlugin<SubgraphContext<unknown>>[];
  /** Extra plugins for one subgraph by name, e.g. its owner audit over its own sink. */
  subgraphPluginsFor?: (
    name: string,
  ) => ApolloServerPlugin<SubgraphContext<unknown>>[];
  /** The log the audit subgraph reads; an empty one unless given. */
  auditLog?: AuditLogRepository;
  /** Request ids in the order operations run, so a log's order can be compared; random unless given. */
  createRequestId?: () => string;
}

export async function createInProcessSupergraph(
  options: InProcessSupergraphOptions = {},
): Promise<InProcessSupergraph> {
  const register = loadRegister();
  const policy = createPolicyEngine(register);
  const log = createSilentLogger();
  const secret = toCallerContextSecret(randomBytes(32));
  const signer = createCallerContextSigner({
    secret,
    issuer: CALLER_CONTEXT_ISSUER,
  });
  // Unless a test gives the log its sinks write, the audit subgraph reads an empty one.
  const auditLog: AuditLogRepository = options.auditLog ?? {
    readRecords: () => Promise.resolve([]),
    readRecordsAbout: (nominalIds) => Promise.resolve(nominalIds.map(() => [])),
  };
  const build = async (
    service: SubgraphService,
  ): Promise<SubgraphServer<unknown>> => {
    const repository =
      service.name === 'audit' ? auditLog : await service.openRepository(STORE);
    return createSubgraphServer(service.definition, {
      repository,
      policy,
      isKnownCategory: (category) => register.categories.has(category),
      findGrants:
        options.findGrants?.[service.name] ?? service.findGrants?.(repository),
      log,
      clock: options.clock,
      plugins: [
        ...(options.subgraphPlugins ?? []),
        ...(options.subgraphPluginsFor?.(service.name) ?? []),
      ],
    });
  };
  const subgraphs: Record<string, SubgraphServer<unknown>> = Object.fromEntries(
    await Promise.all(
      SUBGRAPH_SERVICES.map(async (service) => [
        service.name,
        await build(service),
      ]),
    ),
  );
  const inProcess = (name: string): GraphQLDataSource<GatewayContext> => {
    const subgraph = subgraphs[name];
    if (!subgraph) throw new Error(`no in-process subgraph ${name}`);
    const verifier = createCallerContextVerifier({
      key: secret.keyFor(name),
      audience: name,
      issuer: CALLER_CONTEXT_ISSUER,
      replayGuard: createMemoryReplayGuard(),
    });
    return {
      async process(request) {
        if (options.unavailable?.includes(name)) {
          // What SubgraphDataSource turns a refused connection into.
          throw createUpstreamUnavailableError(name);
        }
        if (request.kind !== 'incoming operation')
          throw new Error('only incoming operations in process');
        const operation = {
          query: request.request.query ?? '',
          variables: request.request.variables,
          operationName: request.request.operationName,
        };
        // Signed from the gateway's own request and verified against the
        // operation as a subgraph would parse it off the wire.
        const sent = JSON.parse(JSON.stringify(operation)) as unknown;
        const verified = await verifier.verify(
          await signer.sign(request.context, name, operation),
          readSubgraphOperation(sent),
        );
        const response = await subgraph.apollo.executeOperation(operation, {
          contextValue: subgraph.createContext(verified),
        });
        if (response.body.kind !== 'single')
          throw new Error('incremental delivery is not used');
        const { data, errors, extensions } = response.body.singleResult;
        collectDisclosure(request.context, name, extensions);
        return { data, errors, extensions };
      },
    };
  };
  const gateway = createGatewayServer({
    supergraphSdl: readFileSync(
      join(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
      'utf8',
    ),
    subgraphUrls: {},
    signCallerContext: (context, audience, operation) =>
      signer.sign(context, audience, operation),
    registerVersion: register.version,
    log,
    createDataSource: (name) => inProcess(name),
    plugins: options.gatewayPlugins,
  });
  await gateway.start();
  return {
    gateway,
    subgraphs,
    policy,
    async query(caller, purpose, query, variables) {
      const contextValue: GatewayContext = {
        caller,
        purpose,
        requestId: options.createRequestId?.() ?? randomUUID(),
        disclosures: [],
      };
      const response = await gateway.executeOperation(
        { query, variables },
        { contextValue },
      );
      if (response.body.kind !== 'single')
        throw new Error('expected a single result');
      return JSON.parse(
        JSON.stringify(response.body.singleResult),
      ) as GatewayResult;
    },
    stop: () => gateway.stop(),
  };
}
