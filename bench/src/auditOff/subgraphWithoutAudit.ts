/**
 * Bench only: one agency subgraph assembled as `startSubgraphService` does
 * (config, store, register, caller-context verifier, audit plugin, HTTP) but
 * with a sink that writes nothing, to price the audit. Usage: <subgraph name>.
 */
import { createPolicyEngine } from '@marsoc/schema/src/policy';
import { loadRegister } from '@marsoc/schema/src/register';
import {
  CALLER_CONTEXT_HEADER,
  CALLER_CONTEXT_ISSUER,
  createCallerContextVerifier,
  createHttpServer,
  createLogger,
  createSubgraphServer,
  loadCallerContextPublicKey,
  readServiceConfig,
} from '@marsoc/platform';
import { PICTURE_SUBGRAPHS } from '../system/pictureSubgraphs';
import { SUBGRAPH_ASSEMBLIES } from '../system/subgraphAssemblies';
import { createNoopAuditSink } from './noopAuditSink';
import { createOwnerAuditPlugin } from './createOwnerAuditPlugin';

async function main(name: string | undefined): Promise<void> {
  const entry = PICTURE_SUBGRAPHS.find((subgraph) => subgraph.name === name);
  if (!entry)
    throw new Error(
      `name one subgraph: ${PICTURE_SUBGRAPHS.map((subgraph) => subgraph.name).join(', ')}`,
    );
  const { definition, openRepository, findGrants } =
    SUBGRAPH_ASSEMBLIES[entry.name];
  const config = readServiceConfig(
    process.env,
    entry.portVariable,
    entry.defaultPort,
  );
  const log = createLogger(entry.name, { level: config.logLevel });
  const register = loadRegister();
  const verifier = createCallerContextVerifier({
    publicKey: await loadCallerContextPublicKey(
      process.env,
      config.dataDirectory,
    ),
    audience: entry.name,
    issuer: CALLER_CONTEXT_ISSUER,
  });
  const repository = openRepository(config);
  const subgraph = createSubgraphServer(definition, {
    repository,
    findGrants: findGrants?.(repository),
    policy: createPolicyEngine(register),
    isKnownCategory: (category) => register.categories.has(category),
    log,
    plugins: [
      createOwnerAuditPlugin(
        createNoopAuditSink(entry.name),
        entry.name,
        register.version,
        log,
      ),
    ],
  });
  await subgraph.apollo.start();
  let ready = false;
  const server = createHttpServer({
    apollo: subgraph.apollo,
    createContext: async (request) =>
      subgraph.createContext(
        await verifier.verify(request.headers[CALLER_CONTEXT_HEADER]),
      ),
    isReady: () => ready,
    log,
  });
  server.listen(config.port, config.host, () => {
    ready = true;
  });
}

main(process.argv[2]).catch((error: unknown) => {
  console.error('bench subgraph without audit could not start:', error);
  process.exit(1);
});
