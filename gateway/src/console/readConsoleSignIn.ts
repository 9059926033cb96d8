import { ConfigError, type Environment, readUrl } from '@marsoc/platform';
import { type ConsoleSignIn } from '@marsoc/schema/wire';
import { type IdentityProviderConfig } from '../config';

/**
 * Reads the console's sign-in settings. A public client needs no secret, so
 * none is read: the client id and the provider's two endpoints are all the
 * browser is told. Half a configuration fails at start, naming the variable.
 */
export function readConsoleSignIn(
  env: Environment,
  identity: IdentityProviderConfig,
  production: boolean,
): ConsoleSignIn {
  if (identity.kind === 'development')
    return production ? { kind: 'unavailable' } : { kind: 'development' };
  const clientId = env.CONSOLE_OIDC_CLIENT_ID;
  const authorizationEndpoint = readProviderUrl(
    env,
    'CONSOLE_OIDC_AUTHORIZATION_URL',
  );
  const tokenEndpoint = readProviderUrl(env, 'CONSOLE_OIDC_TOKEN_URL');
  if (!clientId && !authorizationEndpoint && !tokenEndpoint)
    return { kind: 'unavailable' };
  const missing = [
    ['CONSOLE_OIDC_CLIENT_ID', clientId],
    ['CONSOLE_OIDC_AUTHORIZATION_URL', authorizationEndpoint],
    ['CONSOLE_OIDC_TOKEN_URL', tokenEndpoint],
  ].find(([, value]) => !value);
  if (missing) {
    throw new ConfigError(
      missing[0] ?? '',
      '(unset)',
      'the console needs all three CONSOLE_OIDC_* settings, or none',
    );
  }
  return {
    kind: 'oidc',
    issuer: identity.issuer,
    clientId: clientId ?? '',
    authorizationEndpoint: authorizationEndpoint ?? '',
    tokenEndpoint: tokenEndpoint ?? '',
    scope: env.CONSOLE_OIDC_SCOPE || 'openid',
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The code and its PKCE verifier travel to these endpoints, and the token
 * comes back: https only, plain http only on this machine's loopback.
 */
function readProviderUrl(env: Environment, name: string): string | undefined {
  const value = readUrl(env, name);
  if (value === undefined) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:' && !LOOPBACK_HOSTS.has(url.hostname))
    throw new ConfigError(
      name,
      value,
      'the identity provider must be reached over https (plain http only on loopback)',
    );
  return value;
}
