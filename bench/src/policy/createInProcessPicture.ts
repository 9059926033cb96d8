import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GraphQLDataSource } from '@apollo/gateway';
import {
  createSilentLogger,
  type Logger,
  createSubgraphServer,
  PROJECT_ROOT,
  type SubgraphServer,
  type SubgraphService,
} from '@marsoc/platform';
import {
  type Caller,
  type PolicyEngine,
  type RequestPurpose,
} from '@marsoc/schema';
import { type Register } from '@marsoc/schema/register';
import {
  collectDisclosure,
  createGatewayServer,
  type GatewayContext,
} from '@marsoc/gateway';
import { SUBJECT_ID, SUBJECT_PROFILE_QUERY } from '../query/subjectProfile';
import { type PictureSubgraph } from '../system/pictureSubgraphs';
import { PICTURE_SERVICES } from '../system/pictureServices';

/** The picture, run through the real gateway code over in-process subgraphs. */
export interface InProcessPicture {
  /** One NOM-00001 picture; resolves with the number of errors in the answer. */
  run(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The whole system in one process, no network, no signing and no audit, with
 * `policy` deciding in every subgraph: so that two policies can be compared on
 * exactly the same work otherwise.
 */
export async function createInProcessPicture(
  policy: PolicyEngine,
  register: Register,
  repositories: Readonly<Record<PictureSubgraph, unknown>>,
  asker: { caller: Caller; purpose: RequestPurpose },
): Promise<InProcessPicture> {
  const log = createSilentLogger();
  const subgraphs = createSubgraphs(policy, register, repositories, log);
  const gateway = createGatewayServer({
    supergraphSdl: readFileSync(
      join(PROJECT_ROOT, 'schema', 'supergraph.graphql'),
      'utf8',
    ),
    subgraphUrls: {},
    signCallerContext: () => Promise.resolve('unused in process'),
    registerVersion: register.version,
    log,
    createDataSource: (name) => createInProcessSource(name, subgraphs),
  });
  await gateway.start();
  return {
    async run() {
      const contextValue: GatewayContext = {
        ...asker,
        requestId: randomUUID(),
        disclosures: [],
      };
      const response = await gateway.executeOperation(
        { query: SUBJECT_PROFILE_QUERY, variables: { id: SUBJECT_ID } },
        { contextValue },
      );
      if (response.body.kind !== 'single' || !response.body.singleResult.data)
        throw new Error('the in-process picture has no data');
      return response.body.singleResult.errors?.length ?? 0;
    },
    stop: () => gateway.stop(),
  };
}

function createSubgraphs(
  policy: PolicyEngine,
  register: Register,
  repositories: Readonly<Record<PictureSubgraph, unknown>>,
  log: Logger,
): Map<string, SubgraphServer<unknown>> {
  const entries = Object.entries(PICTURE_SERVICES) as [
    PictureSubgraph,
    SubgraphService,
  ][];
  return new Map(
    entries.map(([name, service]) => {
      const repository = repositories[name];
      const server = createSubgraphServer(service.definition, {
        repository,
        policy,
        isKnownCategory: (category) => register.categories.has(category),
        findGrants: service.findGrants?.(repository),
        log,
      });
      return [name, server];
    }),
  );
}

function createInProcessSource(
  name: string,
  subgraphs: ReadonlyMap<string, SubgraphServer<unknown>>,
): GraphQLDataSource<GatewayContext> {
  const subgraph = subgraphs.get(name);
  return {
    async process(request) {
      // The picture asks only the agency subgraphs; any other is not built here.
      if (!subgraph)
        throw new Error(`the in-process picture has no subgraph ${name}`);
      if (request.kind !== 'incoming operation')
        throw new Error('only incoming operations in process');
      const { caller, purpose, requestId } = request.context;
      const response = await subgraph.apollo.executeOperation(
        {
          query: request.request.query ?? '',
          variables: request.request.variables,
          operationName: request.request.operationName,
        },
        {
          contextValue: subgraph.createContext({ caller, purpose, requestId }),
        },
      );
      if (response.body.kind !== 'single')
        throw new Error('incremental delivery is not used');
      const { data, errors, extensions } = response.body.singleResult;
      collectDisclosure(request.context, name, extensions);
      return { data, errors, extensions };
    },
  };
}
