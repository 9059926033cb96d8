import {
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { type ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode } from '@opentelemetry/api';
import { type Logger } from 'pino';
import { type CallerContext } from '@marsoc/schema';
import { type DisclosureEntry } from '@marsoc/schema/wire';
import { type AuditSink } from '../audit';
import { type HttpRoute } from '../http';
import { createObservabilityPlugin } from './createObservabilityPlugin';
import {
  createServiceMetrics,
  type ServiceMetrics,
} from './createServiceMetrics';
import { createTracing, SpanKind, type Tracing } from './createTracing';
import {
  createMetricsRoute,
  createMetricsServer,
  METRICS_PATH,
} from './metricsEndpoint';
import { createKnownOperations, type KnownOperations } from './operationLabels';
import { type ObservabilityConfig } from './readObservabilityConfig';
import {
  beginObservation,
  currentObservation,
  elapsedSeconds,
  enterObservation,
  type RequestObservation,
} from './requestObservation';

export interface ServiceObservabilityOptions {
  config: ObservabilityConfig;
  /** Where the access log goes: one line per request (the service's logger). */
  log: Logger;
  /** The persisted operations' texts: only these are labelled by name. */
  knownOperations?: readonly string[];
  /**
   * Path prefixes reported as themselves ('/graphql', '/profiles/'); any other
   * path is 'other', so a nominal id in a path never reaches a log or a span.
   */
  routes?: readonly string[];
  /**
   * Whether an incoming traceparent is a parent: true in a subgraph (only the
   * gateway calls it), false at the gateway, where every request starts a
   * trace of its own whatever a client sends.
   */
  continueIncomingTraces: boolean;
  /** Replaces the configured span exporters (tests: an in-memory one). */
  tracing?: Tracing;
}

/** Metrics, traces and the access log of one service, and the hooks that feed them. */
export interface ServiceObservability {
  readonly config: ObservabilityConfig;
  readonly metrics: ServiceMetrics;
  readonly tracing: Tracing;
  /** The Apollo plugin; `decisionsOf` in an owner's subgraph. */
  plugin<Context extends CallerContext>(
    decisionsOf?: (context: Context) => readonly DisclosureEntry[],
  ): ApolloServerPlugin<Context>;
  /** Times and counts every append; a failed one is counted and still fails. */
  instrumentAuditSink(sink: AuditSink): AuditSink;
  /**
   * One fetch from the gateway to a subgraph: a client span (its traceparent
   * handed to `send` for the fetch's headers), its latency and failures.
   */
  observeFetch<T>(
    subgraph: string,
    send: (traceHeaders: Readonly<Record<string, string>>) => Promise<T>,
  ): Promise<T>;
  /** The `/metrics` route on the service's own port (a 404 where not allowed). */
  readonly metricsRoute: HttpRoute;
  /** Observes every request `server` answers; call before it listens. */
  attach(server: Server): void;
  /** Starts the metrics listener, if METRICS_PORT is set. */
  start(host: string): Promise<void>;
  /** Stops the metrics listener and sends the spans still buffered. */
  stop(): Promise<void>;
}

/** Paths never observed: probes and scrapes would drown the requests. */
const UNOBSERVED_PATHS = new Set([
  '/health/live',
  '/health/ready',
  METRICS_PATH,
]);

export function createServiceObservability(
  options: ServiceObservabilityOptions,
): ServiceObservability {
  const { config, log } = options;
  const metrics = createServiceMetrics(config.service);
  const tracing = options.tracing ?? createTracing(config.tracing);
  const known: KnownOperations = createKnownOperations(
    options.knownOperations ?? [],
  );
  const routes = options.routes ?? ['/graphql'];
  const accessLog = log.child({ log: 'access' });
  let metricsServer: Server | undefined;

  const finish = (
    observation: RequestObservation,
    response: ServerResponse,
  ): void => {
    const seconds = elapsedSeconds(observation);
    const status = response.writableFinished ? response.statusCode : 499;
    const outcome = readRequestOutcome(status, observation);
    if (status === 413) metrics.limitRefusals.inc({ limit: 'request_body' });
    const labels = {
      operation: observation.operationLabel,
      root_field: observation.rootField,
      outcome,
    };
    metrics.requests.inc(labels);
    metrics.requestDuration.observe(labels, seconds);
    const span = observation.span;
    if (span) {
      span.setAttributes({
        'http.response.status_code': status,
        'marsoc.outcome': outcome,
        'marsoc.operation': observation.operationLabel,
        'marsoc.root_field': observation.rootField,
        ...(observation.requestId
          ? { 'marsoc.request_id': observation.requestId }
          : {}),
        ...(observation.operationHash
          ? { 'marsoc.operation_hash': observation.operationHash }
          : {}),
      });
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    accessLog.info(
      {
        requestId: observation.requestId ?? null,
        caller: observation.caller ?? null,
        purpose: observation.purpose ?? null,
        operationName: observation.operationName ?? null,
        operationHash: observation.operationHash ?? null,
        operationType: observation.operationType ?? null,
        route: observation.route,
        status,
        outcome,
        durationMs: Math.round(seconds * 1e6) / 1e3,
        subgraphs: [...observation.subgraphs].sort(),
      },
      'request',
    );
  };

  const observe = (
    request: IncomingMessage,
    response: ServerResponse,
  ): void => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (UNOBSERVED_PATHS.has(path)) {
      enterObservation(undefined);
      return;
    }
    const route = routeTemplate(path, routes);
    const parent = options.continueIncomingTraces
      ? tracing.extract(request.headers)
      : undefined;
    const span = tracing.startSpan(
      `${request.method ?? 'GET'} ${route}`,
      SpanKind.SERVER,
      parent,
      { 'http.request.method': request.method ?? 'GET', 'http.route': route },
    );
    const observation = beginObservation(route, span);
    response.once('close', () => finish(observation, response));
  };

  return {
    config,
    metrics,
    tracing,
    plugin: (decisionsOf) =>
      createObservabilityPlugin({
        metrics,
        knownOperations: known,
        decisionsOf,
      }),
    instrumentAuditSink: (sink) => instrumentAuditSink(sink, metrics, tracing),
    async observeFetch(subgraph, send) {
      const observation = currentObservation();
      observation?.subgraphs.add(subgraph);
      const span = observation?.span
        ? tracing.startSpan(
            `fetch ${subgraph}`,
            SpanKind.CLIENT,
            observation.span,
            {
              'marsoc.subgraph': subgraph,
              ...(observation.requestId
                ? { 'marsoc.request_id': observation.requestId }
                : {}),
            },
          )
        : undefined;
      const started = process.hrtime.bigint();
      let outcome = 'ok';
      try {
        return await send(span ? tracing.inject(span) : {});
      } catch (error) {
        outcome = 'error';
        metrics.subgraphFetchErrors.inc({ subgraph });
        span?.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        metrics.subgraphFetchDuration.observe(
          { subgraph, outcome },
          Number(process.hrtime.bigint() - started) / 1e9,
        );
        span?.end();
      }
    },
    metricsRoute: createMetricsRoute(metrics, config.metrics),
    attach(server) {
      // First listener: the handler that runs next, and all it awaits, sees
      // the request's observation.
      server.prependListener('request', observe);
    },
    async start(host) {
      const port = config.metrics.port;
      if (port === undefined) {
        if (!config.metrics.onServicePort)
          log.warn(
            'metrics not exposed: in production set METRICS_PORT or METRICS_TOKEN',
          );
        return;
      }
      const server = createMetricsServer(metrics, config.metrics);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, resolve);
      });
      metricsServer = server;
      log.info({ metricsPort: port }, 'metrics listening');
    },
    async stop() {
      const server = metricsServer;
      metricsServer = undefined;
      if (server)
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      await tracing.shutdown();
    },
  };
}

function instrumentAuditSink(
  sink: AuditSink,
  metrics: ServiceMetrics,
  tracing: Tracing,
): AuditSink {
  return {
    async append(input) {
      const parent = currentObservation()?.span;
      const span = parent
        ? tracing.startSpan('audit append', SpanKind.INTERNAL, parent, {
            'marsoc.request_id': input.requestId,
          })
        : undefined;
      const started = process.hrtime.bigint();
      let outcome = 'ok';
      try {
        return await sink.append(input);
      } catch (error) {
        outcome = 'failed';
        metrics.auditAppendFailures.inc();
        span?.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        metrics.auditAppendDuration.observe(
          { outcome },
          Number(process.hrtime.bigint() - started) / 1e9,
        );
        span?.end();
      }
    },
    close: () => sink.close(),
  };
}

function routeTemplate(path: string, routes: readonly string[]): string {
  for (const route of routes) {
    if (route.endsWith('/') ? path.startsWith(route) : path === route)
      return route.endsWith('/') ? `${route}*` : route;
  }
  return 'other';
}

/** A bounded outcome from the status and, for a GraphQL answer, its body. */
function readRequestOutcome(
  status: number,
  observation: RequestObservation,
): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 413 || status === 429) return 'limited';
  if (status === 499) return 'aborted';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'error';
  if (observation.graphqlOutcome === 'limited') return 'limited';
  if (status >= 400) return 'bad_request';
  return observation.graphqlOutcome ?? 'success';
}
