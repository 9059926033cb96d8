import { join } from 'node:path';
import {
  type CallerContextKey,
  decodeCallerContextKeyText,
  deriveCallerContextKey,
  loadOrCreateCallerContextSecret,
  toCallerContextKey,
} from '../identity';
import { ConfigError, type Environment } from '../config';

/** The issuer the gateway signs caller contexts as. */
export const CALLER_CONTEXT_ISSUER = 'urn:marsoc:gateway';

/**
 * The key a subgraph verifies caller contexts with: its own CALLER_CONTEXT_KEY
 * (base64url, derived from the gateway's secret for this subgraph alone) in a
 * deployment; otherwise derived from the embedded default's secret in the data
 * directory, created on first start. The Ed25519 setting it replaces is
 * refused by name, so an old deployment fails at start rather than running
 * with a key it did not mean.
 */
export async function loadCallerContextKey(
  env: Environment,
  dataDirectory: string,
  subgraph: string,
): Promise<CallerContextKey> {
  if (env.CALLER_CONTEXT_PUBLIC_KEY !== undefined)
    throw new ConfigError(
      'CALLER_CONTEXT_PUBLIC_KEY',
      '(set)',
      'is no longer read: caller contexts are HMAC-SHA256 with a key per subgraph; set CALLER_CONTEXT_KEY (README, Settings)',
    );
  const configured = env.CALLER_CONTEXT_KEY;
  if (configured === undefined || configured === '') {
    const secret = await loadOrCreateCallerContextSecret(
      join(dataDirectory, 'keys'),
    );
    return toCallerContextKey(deriveCallerContextKey(secret, subgraph));
  }
  try {
    return toCallerContextKey(
      decodeCallerContextKeyText(configured, 'the key'),
    );
  } catch (error) {
    throw new ConfigError(
      'CALLER_CONTEXT_KEY',
      '(set)',
      `${(error as Error).message} (this subgraph's key, derived from the gateway's CALLER_CONTEXT_SECRET)`,
    );
  }
}
