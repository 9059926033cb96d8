import { type Server } from 'node:http';
import { type DestinationStream } from 'pino';
import { createPolicyEngine } from '@marsoc/schema/policy';
import { loadRegister } from '@marsoc/schema/register';
import { CALLER_CONTEXT_HEADER } from '@marsoc/schema/wire';
import { type AuditSink, createAuditSinkFromConfig } from '../audit';
import { createOwnerAuditPlugin, readAuditConfig } from '../auditing';
import { type Environment } from '../config';
import {
  createCallerContextVerifier,
  readSubgraphOperation,
} from '../identity';
import { openLimitsStore, readLimitsConfig } from '../limits';
import { createLogger, type Logger } from '../logging/createLogger';
import {
  createServiceObservability,
  readObservabilityConfig,
  type Tracing,
} from '../observability';
import { describeSubgraphStore, sayWhatStoreServes } from '../store';
import { createSubgraphServer, type SubgraphContext } from '../subgraph';
import {
  CALLER_CONTEXT_ISSUER,
  loadCallerContextKey,
} from './loadCallerContextKeys';
import { createReplayGuardFromConfig } from './createReplayGuardFromConfig';
import { readServiceConfig } from './readServiceConfig';
import { readSharedStoreUrl } from './readSharedStoreUrl';
import { reportStartFailure } from './lifecycle';
import { serveUntilStopped } from './serveUntilStopped';
import { type SubgraphService } from './SubgraphService';

export interface SubgraphServiceOptions<
  Repository,
  Loaders,
> extends SubgraphService<Repository, Loaders> {
  env?: Environment;
  /**
   * Replaces the configured audit sink. Only the benchmark harness passes one
   * (to price the audit); service entries never do, so there is no setting
   * that turns the audit off.
   */
  auditSink?: AuditSink;
  /** Tests only: spans go to this tracing (an in-memory exporter), logs to this stream. */
  tracing?: Tracing;
  logDestination?: DestinationStream;
}

/**
 * Starts one agency subgraph as a service: validated config, its store (seeded
 * on first start), the register and policy engine, the caller-context verifier
 * (every request without a valid context signed for this subgraph and this
 * operation, or with one already used, gets 401 and no data, `_entities`
 * included), health probes, and a clean stop on SIGTERM.
 */
export function runSubgraphService<Repository, Loaders>(
  options: SubgraphServiceOptions<Repository, Loaders>,
): void {
  startSubgraphService(options).catch((error: unknown) =>
    reportStartFailure(options.definition.name, error),
  );
}

export async function startSubgraphService<Repository, Loaders>(
  options: SubgraphServiceOptions<Repository, Loaders>,
): Promise<{ server: Server; log: Logger }> {
  const env = options.env ?? process.env;
  const name = options.definition.name;
  const config = readServiceConfig(
    env,
    options.portVariable,
    options.defaultPort,
  );
  const log = createLogger(name, {
    level: config.logLevel,
    destination: options.logDestination,
  });
  const observability = createServiceObservability({
    config: readObservabilityConfig(env, name, config.port),
    log,
    tracing: options.tracing,
    // Only the gateway calls a subgraph: its fetch span is the parent.
    continueIncomingTraces: true,
  });
  const register = loadRegister();
  const replayGuard = createReplayGuardFromConfig(config, name, log);
  const verifier = createCallerContextVerifier({
    key: await loadCallerContextKey(env, config.dataDirectory, name),
    audience: name,
    issuer: CALLER_CONTEXT_ISSUER,
    replayGuard,
  });
  const limitsConfig = readLimitsConfig(env);
  const limits = openLimitsStore({ ...limitsConfig, log });
  const repository = await options.openRepository({
    ...config,
    limits: { store: limits, config: limitsConfig },
    databaseUrl: readSharedStoreUrl(options, env),
  });
  const sink = observability.instrumentAuditSink(
    options.auditSink ??
      (await createAuditSinkFromConfig({
        ...readAuditConfig(env, name, config.dataDirectory),
        log,
      })),
  );
  const subgraph = createSubgraphServer(options.definition, {
    repository,
    policy: createPolicyEngine(register),
    isKnownCategory: (category) => register.categories.has(category),
    findGrants: options.findGrants?.(repository),
    log,
    plugins: [
      // The owner's own accountability: what it disclosed and withheld, to whom, why.
      createOwnerAuditPlugin({
        sink,
        service: name,
        registerVersion: register.version,
        log,
        collectingMutations: options.definition.collectingMutations,
      }),
      // Counts what the owner recorded for that audit, by owner, category and level.
      observability.plugin<SubgraphContext<unknown>>((context) =>
        context.enforcement.recorder.toAuditView(),
      ),
    ],
  });
  await subgraph.apollo.start();
  const server = await serveUntilStopped({
    apollo: subgraph.apollo,
    createContext: async (request, body) =>
      subgraph.createContext(
        await verifier.verify(
          request.headers[CALLER_CONTEXT_HEADER],
          readSubgraphOperation(body),
        ),
      ),
    log,
    port: config.port,
    host: config.host,
    observability,
    release: async () => {
      await sink.close();
      await replayGuard.close();
      await limits.close();
      await options.closeRepository?.(repository);
    },
  });
  log.info(
    {
      port: config.port,
      registerVersion: register.version,
      markedFields: subgraph.markedFields.length,
    },
    'subgraph ready',
  );
  // Which store and which data, in words: production must never be unsure
  // whether it serves the synthetic nominals.
  const store =
    options.describeStore?.(repository) ??
    describeSubgraphStore(config.dataDirectory, name);
  log.info(
    { ...store, seedSynthetic: config.seedSynthetic },
    sayWhatStoreServes(store, config.seedSynthetic),
  );
  return { server, log };
}
