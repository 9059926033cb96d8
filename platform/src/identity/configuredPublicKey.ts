import { type JsonWebKey, type KeyObject, createPublicKey } from 'node:crypto';
import { importJWK, importSPKI, type JWK } from 'jose';

import { type AsymmetricAlgorithm, isAsymmetricAlgorithm } from './algorithms';
import { isRecord } from './claims';
import { type IdentityKey } from './keys';

export interface ConfiguredPublicKey {
  key: IdentityKey;
  algorithm: AsymmetricAlgorithm;
}

const RSA_MINIMUM_BITS = 2048;

/**
 * Imports a verification key given in configuration: a PEM "PUBLIC KEY" block
 * (escaped newlines, as environment variables often carry them, are accepted)
 * or one JSON Web Key. Private keys, secrets, key sets and certificates are
 * refused so that a misconfiguration fails at start instead of weakening
 * verification. The algorithm follows from the key type.
 */
export async function importPublicKeyFromConfig(
  text: string,
): Promise<ConfiguredPublicKey> {
  const trimmed = text.replace(/\\n/g, '\n').trim();
  if (trimmed.startsWith('-----BEGIN')) return importPem(trimmed);
  if (trimmed.startsWith('{')) return importJwkText(trimmed);
  throw new Error(
    'the public key must be a PEM "PUBLIC KEY" block or a JSON Web Key',
  );
}

async function importPem(pem: string): Promise<ConfiguredPublicKey> {
  if (!pem.startsWith('-----BEGIN PUBLIC KEY-----')) {
    throw new Error(
      'the PEM block must be a "PUBLIC KEY"; private keys and certificates are refused',
    );
  }
  const algorithm = chooseAlgorithm(readKeyObject(() => createPublicKey(pem)));
  return { key: await importSPKI(pem, algorithm), algorithm };
}

async function importJwkText(text: string): Promise<ConfiguredPublicKey> {
  const jwk = parseJwk(text);
  const derived = chooseAlgorithm(
    readKeyObject(() => createPublicKey({ key: jwk, format: 'jwk' })),
  );
  const algorithm = reconcileDeclaredAlgorithm(jwk.alg, derived);
  const key = await importJWK(jwk as JWK, algorithm);
  if (key instanceof Uint8Array) {
    throw new Error('the JSON Web Key must be a public key, not a secret');
  }
  return { key, algorithm };
}

function parseJwk(text: string): JsonWebKey & { kty: string } {
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    throw new Error('the public key looks like JSON but does not parse');
  }
  if (!isRecord(jwk) || typeof jwk.kty !== 'string') {
    if (isRecord(jwk) && 'keys' in jwk) {
      throw new Error(
        'a key set was given; configure its URL, or give one key',
      );
    }
    throw new Error('the JSON Web Key must be an object with a "kty"');
  }
  if ('d' in jwk || jwk.kty === 'oct') {
    throw new Error(
      'the JSON Web Key must be a public key, not a private key or a secret',
    );
  }
  return { ...jwk, kty: jwk.kty };
}

function readKeyObject(read: () => KeyObject): KeyObject {
  try {
    return read();
  } catch {
    throw new Error('the public key could not be read');
  }
}

function chooseAlgorithm(key: KeyObject): AsymmetricAlgorithm {
  const details = key.asymmetricKeyDetails ?? {};
  const type = key.asymmetricKeyType;
  if (type === 'ed25519') return 'EdDSA';
  if (type === 'ec' && details.namedCurve === 'prime256v1') return 'ES256';
  if (type === 'ec' && details.namedCurve === 'secp384r1') return 'ES384';
  if (type === 'ec') {
    throw new Error(
      `unsupported elliptic curve "${String(details.namedCurve)}"; use P-256 or P-384`,
    );
  }
  if (type === 'rsa' && (details.modulusLength ?? 0) < RSA_MINIMUM_BITS) {
    throw new Error(`RSA keys must be at least ${RSA_MINIMUM_BITS} bits`);
  }
  if (type === 'rsa') return 'RS256';
  throw new Error(
    `unsupported key type "${String(type)}"; use Ed25519, P-256, P-384 or RSA`,
  );
}

/** A key's own "alg" may narrow the default, never change the key family. */
function reconcileDeclaredAlgorithm(
  declared: unknown,
  derived: AsymmetricAlgorithm,
): AsymmetricAlgorithm {
  if (declared === undefined) return derived;
  if (!isAsymmetricAlgorithm(declared)) {
    throw new Error(`the key's alg "${String(declared)}" is not accepted`);
  }
  const suits =
    declared === derived ||
    (derived === 'RS256' && /^(RS|PS)\d{3}$/.test(declared));
  if (!suits) {
    throw new Error(`the key's alg "${declared}" does not suit its key type`);
  }
  return declared;
}
