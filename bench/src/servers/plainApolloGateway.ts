/**
 * Plain `@apollo/gateway` + `@apollo/server` over the same supergraph and
 * subgraphs: no token, no purpose, no disclosure summary, no audit. Its only
 * addition is the caller context our subgraphs require, from a cache.
 */
import {
  ApolloGateway,
  type GraphQLDataSourceProcessOptions,
  RemoteGraphQLDataSource,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { CALLER_CONTEXT_HEADER } from '@marsoc/platform';
import {
  type CallerContextCache,
  createCallerContextCache,
} from '../system/callerContextCache';
import { readServerSettings } from './readServerSettings';

class CallerContextDataSource extends RemoteGraphQLDataSource {
  constructor(
    url: string,
    private readonly subgraph: string,
    private readonly contexts: CallerContextCache,
  ) {
    super({ url });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions): void {
    options.request.http?.headers.set(
      CALLER_CONTEXT_HEADER,
      this.contexts.headerFor(this.subgraph),
    );
  }
}

async function main(): Promise<void> {
  const settings = readServerSettings(process.env, 'apollo');
  const contexts = await createCallerContextCache(
    settings.dataDirectory,
    settings.callerContext,
    Object.keys(settings.subgraphUrls),
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
