import { type KeyObject } from 'node:crypto';
import {
  type AsymmetricAlgorithm,
  type IdentityKey,
  isAsymmetricAlgorithm,
} from '@marsoc/platform/identity';
import { type JWTVerifyGetKey, createRemoteJWKSet } from 'jose';

import { IdentityProviderUnavailableError } from './identityProviderUnavailableError';

/** Where the identity provider's verification keys come from. */
export type TokenKeySource =
  { kind: 'jwks'; url: string | URL } | { kind: 'publicKey'; key: IdentityKey };

export interface ResolvedTokenKeys {
  key: IdentityKey | JWTVerifyGetKey;
  algorithms: AsymmetricAlgorithm[];
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

// jose reports these when the token names a key or algorithm the set lacks: the
// caller's fault. Anything else from a remote set is the provider's.
const TOKEN_FAULTS = new Set([
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
  'ERR_JOSE_NOT_SUPPORTED',
  'ERR_JWS_INVALID',
]);

/**
 * Validates the key source and algorithm allow-list at construction and returns
 * what jose's jwtVerify needs. Unusable configuration throws here, at start.
 */
export function resolveTokenKeys(
  source: TokenKeySource,
  algorithms: readonly string[],
): ResolvedTokenKeys {
  const allowed = algorithms.map((algorithm) => {
    if (!isAsymmetricAlgorithm(algorithm)) {
      throw new Error(
        `token algorithm "${algorithm}" is not accepted; use asymmetric algorithms only (never none or HS*)`,
      );
    }
    return algorithm;
  });
  if (allowed.length === 0)
    throw new Error('at least one token algorithm must be allowed');
  return source.kind === 'jwks'
    ? { key: createGuardedRemoteKeySet(source.url), algorithms: allowed }
    : { key: source.key, algorithms: narrowToKey(source.key, allowed) };
}

function createGuardedRemoteKeySet(url: string | URL): JWTVerifyGetKey {
  const parsed = new URL(url);
  if (
    parsed.protocol !== 'https:' &&
    !(parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname))
  ) {
    throw new Error(
      `the JWKS URL must use https (plain http only on loopback); got ${parsed.origin}`,
    );
  }
  const remote = createRemoteJWKSet(parsed, {
    timeoutDuration: 5_000,
    cooldownDuration: 30_000,
    cacheMaxAge: 10 * 60_000,
  });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (isTokenFault(error)) throw error;
      throw new IdentityProviderUnavailableError(error);
    }
  };
}

function isTokenFault(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    TOKEN_FAULTS.has(error.code)
  );
}

/** Keeps only the algorithms the key can verify, so a mismatch is a clean refusal. */
function narrowToKey(
  key: IdentityKey,
  allowed: AsymmetricAlgorithm[],
): AsymmetricAlgorithm[] {
  const suitable = algorithmsForKey(key);
  const narrowed = suitable
    ? allowed.filter((algorithm) => suitable.includes(algorithm))
    : allowed;
  if (narrowed.length === 0) {
    throw new Error(
      `the configured public key cannot verify any allowed algorithm (${allowed.join(', ')})`,
    );
  }
  return narrowed;
}

const RSA_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];

// What each key type can verify; a type not listed verifies nothing.
const ALGORITHMS_BY_KEY_TYPE: Readonly<Record<string, readonly string[]>> = {
  ed25519: ['EdDSA'],
  'ec:prime256v1': ['ES256'],
  'ec:secp384r1': ['ES384'],
  'ec:secp521r1': ['ES512'],
  rsa: RSA_ALGORITHMS,
  'rsa-pss': ['PS256', 'PS384', 'PS512'],
};

function algorithmsForKey(key: IdentityKey): readonly string[] | undefined {
  // A Web Crypto key carries its algorithm already; jose checks it.
  if (!('asymmetricKeyType' in key)) return undefined;
  const { asymmetricKeyType, asymmetricKeyDetails } = key as KeyObject;
  const type =
    asymmetricKeyType === 'ec'
      ? `ec:${String(asymmetricKeyDetails?.namedCurve)}`
      : String(asymmetricKeyType);
  return ALGORITHMS_BY_KEY_TYPE[type] ?? [];
}
