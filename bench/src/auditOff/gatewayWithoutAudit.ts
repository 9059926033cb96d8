/**
 * Bench only: our gateway assembled as `startGateway` does (bearer tokens from
 * the development issuer, purpose, a caller context signed per subgraph, the
 * disclosure summary, the combination audit plugin) but with a sink that
 * writes nothing, to price the audit.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  CALLER_CONTEXT_ISSUER,
  createCallerContextSigner,
  createHttpServer,
  createLogger,
  DEVELOPMENT_ISSUER_KEY_NAME,
  loadOrCreateKeyPair,
} from '@marsoc/platform';
import { loadRegister } from '@marsoc/schema/src/register';
import {
  createTokenVerifier,
  type TokenVerifier,
  readRequestPurpose,
} from '@marsoc/gateway/src/auth';
import {
  type GatewayConfig,
  loadGatewayConfig,
} from '@marsoc/gateway/src/config';
import { createGatewayServer } from '@marsoc/gateway/src/createGatewayServer';
import { type GatewayContext } from '@marsoc/gateway/src/GatewayContext';
import { loadCallerContextSigningKey } from '@marsoc/gateway/src/loadCallerContextSigningKey';
import { createCombinationAuditPlugin } from '@marsoc/gateway/src/plugins/combinationAudit';
import { createNoopAuditSink } from './noopAuditSink';

async function main(): Promise<void> {
  const config = loadGatewayConfig(process.env);
  const log = createLogger('gateway', { level: config.logLevel });
  const tokens = await createDevelopmentTokenVerifier(config);
  const signer = createCallerContextSigner({
    ...(await loadCallerContextSigningKey(process.env, config.dataDirectory)),
    issuer: CALLER_CONTEXT_ISSUER,
  });
  const register = loadRegister();
  const apollo = createGatewayServer({
    supergraphSdl: config.supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    signCallerContext: (context, audience) => signer.sign(context, audience),
    registerVersion: register.version,
    log,
    plugins: [
      createCombinationAuditPlugin(
        createNoopAuditSink('gateway'),
        register.version,
        log,
      ),
    ],
  });
  await apollo.start();
  let ready = false;
  const server = createHttpServer<GatewayContext>({
    apollo,
    createContext: async (request) => ({
      caller: await tokens.verify(request.headersDistinct.authorization),
      purpose: readRequestPurpose(request.headersDistinct),
      requestId: randomUUID(),
      disclosures: [],
    }),
    isReady: () => ready,
    log,
  });
  server.listen(config.port, config.host, () => {
    ready = true;
  });
}

/** Bearer tokens from the data directory's development issuer, as startGateway trusts them. */
async function createDevelopmentTokenVerifier(
  config: GatewayConfig,
): Promise<TokenVerifier> {
  const issuerKeys = await loadOrCreateKeyPair(
    join(config.dataDirectory, 'keys'),
    DEVELOPMENT_ISSUER_KEY_NAME,
  );
  return createTokenVerifier({
    kind: 'publicKey',
    key: issuerKeys.publicKey,
    issuer: config.identity.issuer,
    audience: config.identity.audience,
  });
}

main().catch((error: unknown) => {
  console.error('bench gateway without audit could not start:', error);
  process.exit(1);
});
