import { ConfigError, type Environment, readPort } from '../config';

/** Where and how a service's `/metrics` may be read. */
export interface MetricsExposure {
  /** METRICS_PORT: a listener of its own that serves only `/metrics`. */
  port?: number;
  /** METRICS_TOKEN: the bearer token every scrape must present, on either port. */
  token?: string;
  /**
   * Whether the service's own port answers `/metrics`: with a token, or in
   * development when no metrics port is set. Never open in production.
   */
  onServicePort: boolean;
}

/** Which span exporters OTEL_TRACES_EXPORTER names (empty: tracing is off). */
export type TraceExporterName = 'otlp' | 'console';

export interface TracingConfig {
  exporters: readonly TraceExporterName[];
  /** OTEL_SERVICE_NAME, else `marsoc-<service>`. */
  serviceName: string;
}

export interface ObservabilityConfig {
  /** The service's name: the `service` label of its metrics and the access log's `service`. */
  service: string;
  metrics: MetricsExposure;
  tracing: TracingConfig;
}

const MIN_TOKEN_LENGTH = 16;
const TOKEN_PATTERN = new RegExp(`^[\\x21-\\x7e]{${MIN_TOKEN_LENGTH},}$`);

/**
 * Reads METRICS_PORT, METRICS_TOKEN and the standard OTEL_* variables for one
 * service. Tracing is off unless OTEL_TRACES_EXPORTER names an exporter or an
 * OTLP endpoint is set; OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none
 * keeps it off. A bad value stops the service at start.
 */
export function readObservabilityConfig(
  env: Environment,
  service: string,
  servicePort?: number,
): ObservabilityConfig {
  return Object.freeze({
    service,
    metrics: readMetricsExposure(env, servicePort),
    tracing: Object.freeze({
      exporters: readTraceExporters(env),
      serviceName: readServiceName(env, service),
    }),
  });
}

function readMetricsExposure(
  env: Environment,
  servicePort: number | undefined,
): MetricsExposure {
  const port =
    env.METRICS_PORT === undefined || env.METRICS_PORT === ''
      ? undefined
      : readPort(env, 'METRICS_PORT', 0);
  if (port !== undefined && port === servicePort)
    throw new ConfigError(
      'METRICS_PORT',
      env.METRICS_PORT,
      "must differ from the service's own port",
    );
  const token = env.METRICS_TOKEN === '' ? undefined : env.METRICS_TOKEN;
  if (token !== undefined && !TOKEN_PATTERN.test(token))
    // The value is a secret: the error names the rule, never the token.
    throw new ConfigError(
      'METRICS_TOKEN',
      '(set)',
      `must be at least ${MIN_TOKEN_LENGTH} printable characters without spaces`,
    );
  const production = env.NODE_ENV === 'production';
  return Object.freeze({
    port,
    token,
    onServicePort: token !== undefined || (!production && port === undefined),
  });
}

function readTraceExporters(env: Environment): TraceExporterName[] {
  if (readOtelBoolean(env, 'OTEL_SDK_DISABLED')) return [];
  const protocols = {
    OTEL_EXPORTER_OTLP_PROTOCOL: env.OTEL_EXPORTER_OTLP_PROTOCOL,
    OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL,
  };
  for (const [name, protocol] of Object.entries(protocols)) {
    if (protocol !== undefined && protocol !== '' && protocol !== 'http/json')
      throw new ConfigError(
        name,
        protocol,
        'only http/json is supported (OTLP over HTTP with JSON bodies)',
      );
  }
  const raw = env.OTEL_TRACES_EXPORTER;
  if (raw === undefined || raw === '') {
    const endpointSet =
      (env.OTEL_EXPORTER_OTLP_ENDPOINT ?? '') !== '' ||
      (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? '') !== '';
    return endpointSet ? ['otlp'] : [];
  }
  const names = raw.split(',').map((name) => name.trim());
  const exporters: TraceExporterName[] = [];
  for (const name of names) {
    if (name === 'none') continue;
    if (name !== 'otlp' && name !== 'console')
      throw new ConfigError(
        'OTEL_TRACES_EXPORTER',
        raw,
        'must be otlp, console or none (or a comma-separated list of them)',
      );
    if (!exporters.includes(name)) exporters.push(name);
  }
  return names.includes('none') ? [] : exporters;
}

function readOtelBoolean(env: Environment, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new ConfigError(name, env[name], 'must be true or false');
}

function readServiceName(env: Environment, service: string): string {
  const raw = env.OTEL_SERVICE_NAME;
  if (raw === undefined || raw === '') return `marsoc-${service}`;
  if (!/^[\w.:/-]{1,100}$/.test(raw))
    throw new ConfigError(
      'OTEL_SERVICE_NAME',
      raw,
      'use 1-100 letters, digits, dots, colons, slashes, dashes or underscores',
    );
  return raw;
}
