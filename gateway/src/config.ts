import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ConfigError,
  type Environment,
  PROJECT_ROOT,
  readBoolean,
  readChoice,
  readDataDirectory,
  readHost,
  readPort,
  readUrl,
} from '@marsoc/platform';
import { type LimitsConfig, readLimitsConfig } from '@marsoc/platform/limits';
import {
  type ObservabilityConfig,
  readObservabilityConfig,
} from '@marsoc/platform/observability';
import { SUBGRAPHS } from '@marsoc/schema';

/** How the gateway verifies callers' bearer tokens. */
export type IdentityProviderConfig =
  | { kind: 'jwks'; url: string; issuer: string; audience: string }
  | { kind: 'publicKey'; key: string; issuer: string; audience: string }
  /** The embedded development issuer in the data directory (npm start). */
  | { kind: 'development'; issuer: string; audience: string };

export interface GatewayConfig {
  port: number;
  host: string;
  dataDirectory: string;
  supergraphSdl: string;
  supergraphPath: string;
  /** SUPERGRAPH_WATCH: reload when the file changes (SIGHUP reloads either way). */
  watchSupergraph: boolean;
  subgraphUrls: Readonly<Record<string, string>>;
  identity: IdentityProviderConfig;
  production: boolean;
  allowDevelopmentIssuer: boolean;
  logLevel: string;
  /** METRICS_PORT, METRICS_TOKEN and the OTEL_* tracing settings. */
  observability: ObservabilityConfig;
  /** LIMITS_REDIS_URL (or REDIS_URL), NOMINAL_BREADTH_PER_HOUR and the other limits. */
  limits: LimitsConfig;
}

const DEFAULTS = {
  port: 4000,
  issuer: 'urn:marsoc:development-issuer',
  audience: 'urn:marsoc:gateway',
  supergraphPath: join(PROJECT_ROOT, 'schema', 'supergraph.graphql'),
};

/** Reads and validates the gateway's settings; the only reader of process.env here. */
export function loadGatewayConfig(
  env: Environment = process.env,
): GatewayConfig {
  const supergraphPath = resolve(
    env.SUPERGRAPH_PATH || DEFAULTS.supergraphPath,
  );
  if (!existsSync(supergraphPath)) {
    throw new ConfigError(
      'SUPERGRAPH_PATH',
      supergraphPath,
      'no supergraph file there; run `npm run compose`',
    );
  }
  const port = readPort(env, 'GATEWAY_PORT', DEFAULTS.port);
  return Object.freeze({
    port,
    host: readHost(env, 'HOST', '127.0.0.1'),
    dataDirectory: readDataDirectory(env),
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    supergraphPath,
    watchSupergraph: readBoolean(env, 'SUPERGRAPH_WATCH', true),
    subgraphUrls: readSubgraphUrls(env),
    identity: readIdentityProvider(env),
    production: env.NODE_ENV === 'production',
    allowDevelopmentIssuer: readBoolean(env, 'ALLOW_DEVELOPMENT_ISSUER', false),
    logLevel: readChoice(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      'info',
    ),
    observability: readObservabilityConfig(env, 'gateway', port),
    limits: readLimitsConfig(env),
  });
}

function readSubgraphUrls(env: Environment): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const { name, portVariable, defaultPort } of SUBGRAPHS) {
    const port = readPort(env, portVariable, defaultPort);
    const host = readHost(env, 'SUBGRAPH_HOST', '127.0.0.1');
    urls[name] =
      readUrl(
        env,
        `${name.toUpperCase()}_URL`,
        `http://${host}:${port}/graphql`,
      ) ?? '';
  }
  return urls;
}

function readIdentityProvider(env: Environment): IdentityProviderConfig {
  const issuer = env.AUTH_ISSUER || DEFAULTS.issuer;
  const audience = env.AUTH_AUDIENCE || DEFAULTS.audience;
  const jwksUrl = readUrl(env, 'AUTH_JWKS_URL');
  const publicKey = env.AUTH_PUBLIC_KEY;
  if (jwksUrl && publicKey) {
    throw new ConfigError(
      'AUTH_PUBLIC_KEY',
      '(set)',
      'set AUTH_JWKS_URL or AUTH_PUBLIC_KEY, not both',
    );
  }
  if (jwksUrl) return { kind: 'jwks', url: jwksUrl, issuer, audience };
  if (publicKey) return { kind: 'publicKey', key: publicKey, issuer, audience };
  return { kind: 'development', issuer, audience };
}
