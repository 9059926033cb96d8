/**
 * Hive Gateway (`@graphql-hive/gateway-runtime`) over the same supergraph and
 * subgraphs, served on node:http. Like the plain Apollo gateway, its only
 * addition is the caller context our subgraphs require, signed for each
 * upstream request's own body in the runtime's fetch hook.
 */
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { CALLER_CONTEXT_HEADER } from '@marsoc/schema/wire';
import { createBenchCallerContexts } from '../system/benchCallerContexts';
import { hiveHttpTransport } from './hiveHttpTransport';
import { readServerSettings } from './readServerSettings';

async function main(): Promise<void> {
  const settings = readServerSettings(process.env, 'hive');
  const contexts = await createBenchCallerContexts(
    settings.dataDirectory,
    settings.callerContext,
  );
  const subgraphByUrl = new Map(
    Object.entries(settings.subgraphUrls).map(([name, url]) => [url, name]),
  );
  const gateway = createGatewayRuntime({
    supergraph: settings.supergraphSdl,
    transports: { http: hiveHttpTransport },
    plugins: () => [
      {
        // Signed from the body as sent, so it is bound to exactly that fetch.
        async onFetch({ url, options, setOptions }) {
          const subgraph = subgraphByUrl.get(url);
          if (subgraph === undefined) return;
          // Loud rather than a silent 401 that would look like a slow subgraph.
          if (typeof options.body !== 'string')
            throw new Error(`a fetch to ${subgraph} has no JSON body to sign`);
          setOptions({
            ...options,
            headers: {
              ...(options.headers as Record<string, string> | undefined),
              [CALLER_CONTEXT_HEADER]: await contexts.headerForBody(
                subgraph,
                options.body,
              ),
            },
          });
        },
      },
    ],
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
