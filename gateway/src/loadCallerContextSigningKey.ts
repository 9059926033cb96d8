import { join } from 'node:path';
import {
  type CallerContextSecret,
  ConfigError,
  decodeCallerContextKeyText,
  type Environment,
  loadOrCreateCallerContextSecret,
  toCallerContextSecret,
} from '@marsoc/platform';

export interface CallerContextSigningKey {
  /** Derives each subgraph's own HMAC key; the secret itself never leaves this object. */
  secret: CallerContextSecret;
}

/**
 * The secret the gateway derives each subgraph's caller-context key from:
 * CALLER_CONTEXT_SECRET (base64url, at least 32 random bytes) in a deployment;
 * otherwise the embedded default's secret in the data directory, created on
 * first start. The Ed25519 setting it replaces is refused by name.
 */
export async function loadCallerContextSigningKey(
  env: Environment,
  dataDirectory: string,
): Promise<CallerContextSigningKey> {
  if (env.CALLER_CONTEXT_PRIVATE_KEY !== undefined)
    throw new ConfigError(
      'CALLER_CONTEXT_PRIVATE_KEY',
      '(set)',
      'is no longer read: caller contexts are HMAC-SHA256 with a key per subgraph; set CALLER_CONTEXT_SECRET (README, Settings)',
    );
  const configured = env.CALLER_CONTEXT_SECRET;
  if (configured === undefined || configured === '') {
    const secret = await loadOrCreateCallerContextSecret(
      join(dataDirectory, 'keys'),
    );
    return { secret: toCallerContextSecret(secret) };
  }
  try {
    return {
      secret: toCallerContextSecret(
        decodeCallerContextKeyText(configured, 'the secret'),
      ),
    };
  } catch (error) {
    throw new ConfigError(
      'CALLER_CONTEXT_SECRET',
      '(set)',
      (error as Error).message,
    );
  }
}
