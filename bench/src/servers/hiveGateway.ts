/**
 * Hive Gateway (`@graphql-hive/gateway-runtime`) over the same supergraph and
 * subgraphs, served on node:http. Like the plain Apollo gateway, its only
 * addition is the caller context our subgraphs require, set on each upstream
 * request through the runtime's header propagation.
 */
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { CALLER_CONTEXT_HEADER } from '@marsoc/platform';
import { createCallerContextCache } from '../system/callerContextCache';
import { hiveHttpTransport } from './hiveHttpTransport';
import { readServerSettings } from './readServerSettings';

async function main(): Promise<void> {
  const settings = readServerSettings(process.env, 'hive');
  const contexts = await createCallerContextCache(
    settings.dataDirectory,
    settings.callerContext,
    Object.keys(settings.subgraphUrls),
  );
  const gateway = createGatewayRuntime({
    supergraph: settings.supergraphSdl,
    transports: { http: hiveHttpTransport },
    propagateHeaders: {
      fromClientToSubgraphs: ({ subgraphName }) => ({
        [CALLER_CONTEXT_HEADER]: contexts.headerFor(subgraphName),
      }),
    },
    logging: 'warn',
    landingPage: false,
    graphiql: false,
  });
  const server = createServer((request, response) => {
    Promise.resolve(gateway(request, response)).catch((error: unknown) => {
      console.error('Hive Gateway request failed:', error);
      response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, '127.0.0.1', resolve);
  });
}

main().catch((error: unknown) => {
  console.error('Hive Gateway could not start:', error);
  process.exit(1);
});
