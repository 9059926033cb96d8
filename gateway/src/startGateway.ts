import { randomUUID } from 'node:crypto';
import { type Server } from 'node:http';
import { type DestinationStream } from 'pino';
import { join } from 'node:path';
import {
  type AuditSink,
  CALLER_CONTEXT_ISSUER,
  createAuditSinkFromConfig,
  createCallerContextSigner,
  createLogger,
  type Environment,
  importPublicKeyFromConfig,
  loadOrCreateKeyPair,
  DEVELOPMENT_ISSUER_KEY_NAME,
  readAuditConfig,
  serveUntilStopped,
} from '@marsoc/platform';
import { SUBJECT_PROFILE_QUERY } from '@marsoc/console/profile-query';
import {
  createServiceObservability,
  type Tracing,
} from '@marsoc/platform/observability';
import { openLimitsStore } from '@marsoc/platform/limits';
import { loadRegister } from '@marsoc/schema/register';
import {
  assertIdentityConfigSafe,
  createTokenVerifier,
  DEVELOPMENT_FOREIGN_KEY_HINT,
  readRequestPurpose,
  type TokenKeySource,
  type TokenVerificationRules,
} from './auth';
import { type GatewayConfig, loadGatewayConfig } from './config';
import { createGatewayServer } from './createGatewayServer';
import { type GatewayContext } from './GatewayContext';
import { createConsoleRoutes } from './console';
import { LANDING_PAGE } from './landingPage';
import { loadCallerContextSigningKey } from './loadCallerContextSigningKey';
import { createCombinationAuditPlugin } from './plugins/combinationAudit';
import { createProfileExportRoute, createProfileOperation } from './profiles';
import {
  createForumPackRoute,
  FORUM_PACKS_PATH,
  listForumPackOperations,
} from './packs';
import {
  ALERT_STREAM_PATH,
  createAlertStreamRoute,
} from './alerts/createAlertStreamRoute';
import { PROFILES_PATH } from './profiles/readExportTarget';
import { createSupergraphSource } from './supergraph/createSupergraphSource';

const HOUR_MS = 3_600_000;

/**
 * Starts the gateway service: validated config, the identity provider's keys
 * (refusing the development issuer in production unless explicitly allowed),
 * the caller-context signing key, the federation gateway and its HTTP front.
 */
export async function startGateway(
  env: Environment = process.env,
  overrides: {
    /**
     * Replaces the configured audit sink. Only the benchmark harness passes one
     * (to price the audit); the entry point never does.
     */
    auditSink?: AuditSink;
    /** Tests only: spans go to this tracing (an in-memory exporter), logs to this stream. */
    tracing?: Tracing;
    logDestination?: DestinationStream;
    /** Tests only: the limits' clock (ms since the epoch), so a window's end is known. */
    limitsClock?: () => number;
  } = {},
): Promise<Server> {
  const config = loadGatewayConfig(env);
  assertIdentityConfigSafe({
    nodeEnv: env.NODE_ENV,
    usesDevelopmentIssuer: config.identity.kind === 'development',
    allowDevelopmentIssuer: config.allowDevelopmentIssuer,
  });
  const log = createLogger('gateway', {
    level: config.logLevel,
    destination: overrides.logDestination,
  });
  const observability = createServiceObservability({
    config: config.observability,
    log,
    tracing: overrides.tracing,
    // Labelled by name only when the text is exactly one of these.
    knownOperations: [
      createProfileOperation('pdf'),
      createProfileOperation('docx'),
      ...listForumPackOperations(),
      SUBJECT_PROFILE_QUERY,
    ],
    routes: ['/graphql', PROFILES_PATH, FORUM_PACKS_PATH, ALERT_STREAM_PATH],
    // A client's traceparent is not trusted: each request starts its own trace.
    continueIncomingTraces: false,
  });
  const tokens = createTokenVerifier({
    ...(await resolveTokenKeySource(config)),
    issuer: config.identity.issuer,
    audience: config.identity.audience,
  });
  const signingKey = await loadCallerContextSigningKey(
    env,
    config.dataDirectory,
  );
  const signer = createCallerContextSigner({
    ...signingKey,
    issuer: CALLER_CONTEXT_ISSUER,
  });
  const register = loadRegister();
  // Checked as a reload is, and replaceable while serving (SIGHUP, the file).
  const supergraph = createSupergraphSource({
    path: config.supergraphPath,
    sdl: config.supergraphSdl,
    knownSubgraphs: Object.keys(config.subgraphUrls),
    log,
  });
  const sink = observability.instrumentAuditSink(
    overrides.auditSink ??
      (await createAuditSinkFromConfig({
        ...readAuditConfig(env, 'gateway', config.dataDirectory),
        log,
      })),
  );
  const limits = openLimitsStore({ ...config.limits, log });
  const apollo = createGatewayServer({
    supergraphSdl: supergraph.hook,
    subgraphUrls: config.subgraphUrls,
    signCallerContext: (context, audience, operation) =>
      signer.sign(context, audience, operation),
    registerVersion: register.version,
    log,
    production: config.production,
    observability,
    plugins: [
      createCombinationAuditPlugin(
        sink,
        register.version,
        log,
        () => supergraph.current().version,
      ),
    ],
    limits: {
      breadth: limits.createBreadthLimit({
        windowMs: HOUR_MS,
        perWindow: config.limits.nominalsPerHour,
      }),
      clock: overrides.limitsClock,
    },
  });
  await apollo.start();
  const consoleRoutes = await createConsoleRoutes(
    config,
    env,
    undefined,
    () => supergraph.current().fieldMarkings,
  );
  if (!consoleRoutes.assetsReady)
    log.warn('console not built: GET / explains; run npm run build:console');
  const server = await serveUntilStopped<GatewayContext>({
    apollo,
    createContext: async (request) => ({
      caller: await tokens.verify(request.headersDistinct.authorization),
      purpose: readRequestPurpose(request.headersDistinct),
      requestId: randomUUID(),
      disclosures: [],
    }),
    log,
    landingPage: LANDING_PAGE,
    routes: [
      // The documents: one Subject Profile, one attendee's forum pack.
      ...[createProfileExportRoute, createForumPackRoute].map((createRoute) =>
        createRoute({
          apollo,
          verifyCaller: (authorization) => tokens.verify(authorization),
          sink,
          registerVersion: register.version,
          supergraphSdl: supergraph,
          log,
        }),
      ),
      // The caller's new alerts as server-sent events (docs/marsoc-cycle.md#alerts).
      createAlertStreamRoute({
        apollo,
        verifyCaller: (authorization) => tokens.verify(authorization),
        log,
      }),
      ...consoleRoutes.routes,
    ],
    port: config.port,
    host: config.host,
    observability,
    release: async () => {
      await sink.close();
      await limits.close();
    },
  });
  supergraph.watch(config.watchSupergraph);
  log.info(
    {
      port: config.port,
      registerVersion: register.version,
      identity: config.identity.kind,
      supergraphVersion: supergraph.current().version,
    },
    'gateway ready',
  );
  return server;
}

async function resolveTokenKeySource(
  config: GatewayConfig,
): Promise<TokenKeySource & Pick<TokenVerificationRules, 'foreignKeyHint'>> {
  switch (config.identity.kind) {
    case 'jwks':
      return { kind: 'jwks', url: config.identity.url };
    case 'publicKey':
      return {
        kind: 'publicKey',
        key: (await importPublicKeyFromConfig(config.identity.key)).key,
      };
    case 'development': {
      const keys = await loadOrCreateKeyPair(
        join(config.dataDirectory, 'keys'),
        DEVELOPMENT_ISSUER_KEY_NAME,
      );
      return {
        kind: 'publicKey',
        key: keys.publicKey,
        foreignKeyHint: { kid: keys.kid, hint: DEVELOPMENT_FOREIGN_KEY_HINT },
      };
    }
  }
}
