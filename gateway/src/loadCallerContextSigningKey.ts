import { join } from 'node:path';
import { importJWK, type JWK } from 'jose';
import {
  CALLER_CONTEXT_KEY_NAME,
  ConfigError,
  type Environment,
  type IdentityKey,
  loadOrCreateKeyPair,
} from '@marsoc/platform';

export interface CallerContextSigningKey {
  privateKey: IdentityKey;
  kid: string;
}

/**
 * The key the gateway signs caller contexts with: CALLER_CONTEXT_PRIVATE_KEY (an
 * Ed25519 private JWK with a kid) in a deployment; otherwise the embedded
 * default's key pair in the data directory, created on first start.
 */
export async function loadCallerContextSigningKey(
  env: Environment,
  dataDirectory: string,
): Promise<CallerContextSigningKey> {
  const configured = env.CALLER_CONTEXT_PRIVATE_KEY;
  if (configured === undefined || configured === '') {
    const pair = await loadOrCreateKeyPair(
      join(dataDirectory, 'keys'),
      CALLER_CONTEXT_KEY_NAME,
    );
    return { privateKey: pair.privateKey, kid: pair.kid };
  }
  let jwk: JWK;
  try {
    jwk = JSON.parse(configured) as JWK;
  } catch {
    throw new ConfigError(
      'CALLER_CONTEXT_PRIVATE_KEY',
      '(set)',
      'must be an Ed25519 private key as a JSON Web Key',
    );
  }
  if (
    jwk.kty !== 'OKP' ||
    jwk.crv !== 'Ed25519' ||
    typeof jwk.d !== 'string' ||
    typeof jwk.kid !== 'string'
  ) {
    throw new ConfigError(
      'CALLER_CONTEXT_PRIVATE_KEY',
      '(set)',
      'must be an Ed25519 private JWK (kty OKP, crv Ed25519, d, kid)',
    );
  }
  const privateKey = await importJWK(jwk, 'EdDSA');
  if (privateKey instanceof Uint8Array) {
    throw new ConfigError(
      'CALLER_CONTEXT_PRIVATE_KEY',
      '(set)',
      'is not an asymmetric key',
    );
  }
  return { privateKey, kid: jwk.kid };
}
