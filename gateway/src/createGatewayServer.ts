import {
  ApolloGateway,
  type GraphQLDataSource,
  type SupergraphSdlHook,
} from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { type Logger } from 'pino';
import { type ServiceObservability } from '@marsoc/platform/observability';
import { createGatewayErrorFormatter } from './errors/formatGatewayError';
import { type GatewayContext } from './GatewayContext';
import { type GatewayLimits } from './limits/checkBreadth';
import { createLimitStatusPlugin } from './limits/createLimitStatusPlugin';
import { limitBreadth } from './limits/limitBreadth';
import {
  createOperationLimitRules,
  OPERATION_LIMITS,
} from './limits/operationLimits';
import { createDisclosureExtensionPlugin } from './plugins/disclosureExtensionPlugin';
import { createRequireExecutableOperationPlugin } from './plugins/requireExecutableOperationPlugin';
import { createRequestIdHeaderPlugin } from './plugins/requestIdHeaderPlugin';
import { createRequirePurposePlugin } from './plugins/requirePurposePlugin';
import {
  type SignCallerContext,
  SubgraphDataSource,
} from './SubgraphDataSource';

export interface GatewayServerOptions {
  /** The supergraph's text, or a hook that can replace it while serving (startGateway's). */
  supergraphSdl: string | SupergraphSdlHook;
  /** Where each subgraph listens, by name; overrides the supergraph's URLs. */
  subgraphUrls: Readonly<Record<string, string>>;
  signCallerContext: SignCallerContext;
  registerVersion: string;
  log: Logger;
  /** Extra plugins, e.g. the combination audit; they run after the built-in ones. */
  plugins?: ApolloServerPlugin<GatewayContext>[];
  /** Production turns introspection off: a caller learns the schema from its documentation. */
  production?: boolean;
  /**
   * Metrics, traces and the access log: a span, a latency and a failure count
   * per subgraph fetch, the operation's labels and outcome from the plugin.
   */
  observability?: ServiceObservability;
  /**
   * The per-caller breadth limit, checked after the owners answer and before
   * anything leaves. The service always has one (startGateway); without it
   * (an in-process test's gateway) answers are not counted.
   */
  limits?: GatewayLimits;
  /** Replaces the HTTP data source (the in-process supergraph tests use this). */
  createDataSource?: (
    name: string,
    url: string,
  ) => GraphQLDataSource<GatewayContext>;
}

/**
 * The federation gateway: @apollo/gateway over the committed supergraph (the
 * service's can be replaced while it serves: gateway/src/supergraph).
 * The owners enforce their own rules in their subgraphs; the gateway requires a
 * purpose, signs a caller context per subgraph, and combines the owners'
 * disclosure reports. Because it never rewrites operations per caller, the
 * query-plan cache (keyed on the query text) cannot carry one caller's
 * clearance into another's plan.
 */
export function createGatewayServer(
  options: GatewayServerOptions,
): ApolloServer<GatewayContext> {
  disableApolloTelemetry();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (target === undefined)
        throw new Error(`no URL configured for subgraph ${name}`);
      const source = options.createDataSource
        ? options.createDataSource(name, target)
        : new SubgraphDataSource(name, target, options.signCallerContext);
      return options.observability
        ? observeDataSource(name, target, source, options.observability)
        : source;
    },
  });
  return new ApolloServer<GatewayContext>({
    gateway: options.limits ? limitBreadth(gateway, options.limits) : gateway,
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    validationRules: createOperationLimitRules(),
    logger: options.log,
    formatError: createGatewayErrorFormatter({
      production: options.production ?? false,
      log: options.log,
    }),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // First: its refusal of an unexecutable operation must win over the purpose check.
      createRequireExecutableOperationPlugin(),
      createRequestIdHeaderPlugin(),
      // Before the audit: its 503 for a record it could not write must win over a 429.
      createLimitStatusPlugin(),
      createRequirePurposePlugin(),
      createDisclosureExtensionPlugin(options.registerVersion),
      ...(options.observability
        ? [options.observability.plugin<GatewayContext>()]
        : []),
      ...(options.plugins ?? []),
    ],
  });
}

/**
 * @apollo/gateway 2.14 starts an OpenTelemetry exporter to Apollo's servers (and
 * probes cloud metadata addresses) unless APOLLO_TELEMETRY_DISABLED is set when
 * it is constructed. Nothing about this system's traffic may leave for a third
 * party, so the gateway always sets it; there is no setting to turn it back on.
 */
function disableApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

/**
 * Times each fetch to a subgraph in a client span of the request's trace and
 * hands the subgraph that span's W3C traceparent (and nothing else: the
 * caller context, signed per fetch, is the data source's business).
 */
function observeDataSource(
  subgraph: string,
  url: string,
  source: GraphQLDataSource<GatewayContext>,
  observability: ServiceObservability,
): GraphQLDataSource<GatewayContext> {
  return {
    process: (options) =>
      observability.observeFetch(subgraph, (traceHeaders) => {
        const request = options.request;
        for (const [name, value] of Object.entries(traceHeaders)) {
          request.http ??= { method: 'POST', url, headers: new Headers() };
          request.http.headers.set(name, value);
        }
        return source.process(options);
      }),
  };
}
