/**
 * Plain `@apollo/gateway` + `@apollo/server` over the same supergraph and
 * subgraphs: no token, no purpose, no disclosure summary, no audit. Its only
 * addition is the caller context our subgraphs require, signed per fetch.
 */
import {
  ApolloGateway,
  type GraphQLDataSourceProcessOptions,
  RemoteGraphQLDataSource,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { CALLER_CONTEXT_HEADER } from '@marsoc/schema/wire';
import {
  type BenchCallerContexts,
  createBenchCallerContexts,
} from '../system/benchCallerContexts';
import { readServerSettings } from './readServerSettings';

class CallerContextDataSource extends RemoteGraphQLDataSource {
  constructor(
    url: string,
    private readonly subgraph: string,
    private readonly contexts: BenchCallerContexts,
  ) {
    super({ url });
  }

  override async willSendRequest(
    options: GraphQLDataSourceProcessOptions,
  ): Promise<void> {
    const { query, operationName, variables } = options.request;
    options.request.http?.headers.set(
      CALLER_CONTEXT_HEADER,
      await this.contexts.headerFor(this.subgraph, {
        query: query ?? '',
        operationName,
        variables,
      }),
    );
  }
}

async function main(): Promise<void> {
  const settings = readServerSettings(process.env, 'apollo');
  const contexts = await createBenchCallerContexts(
    settings.dataDirectory,
    settings.callerContext,
  );
  const gateway = new ApolloGateway({
    supergraphSdl: settings.supergraphSdl,
    buildService: ({ name, url }) =>
      new CallerContextDataSource(
        settings.subgraphUrls[name] ?? url ?? '',
        name,
        contexts,
      ),
  });
  const server = new ApolloServer({ gateway });
  await startStandaloneServer(server, {
    listen: { port: settings.port, host: '127.0.0.1' },
  });
}

main().catch((error: unknown) => {
  console.error('plain @apollo/gateway could not start:', error);
  process.exit(1);
});
