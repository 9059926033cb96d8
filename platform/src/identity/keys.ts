import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  CompactSign,
  calculateJwkThumbprint,
  compactVerify,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type KeyLike,
} from 'jose';

import { isRecord } from './claims';
import {
  assertOwnerOnly,
  createOwnerOnlyFileOnce,
  fileExists,
} from './ownerOnlyFile';

/** The only algorithm our own keys use: Ed25519 signatures. */
export const SIGNING_ALGORITHM = 'EdDSA';

/** An asymmetric key as jose represents it on this runtime (a Node KeyObject). */
export type IdentityKey = KeyLike;

export interface SigningKeyPair {
  privateKey: IdentityKey;
  publicKey: IdentityKey;
  /** The public key as a JWK carrying kid, alg and use, ready for a JWKS. */
  publicJwk: JWK;
  /** The RFC 7638 thumbprint of the public key. */
  kid: string;
}

const KEY_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Loads the named Ed25519 key pair from `directory`, creating it on first use.
 * The private JWK is the single source of truth (mode 0600); the public JWK
 * beside it is a copy for operators. Creation is atomic (createOwnerOnlyFileOnce),
 * so every process ends up reading the same key.
 */
export async function loadOrCreateKeyPair(
  directory: string,
  name: string,
): Promise<SigningKeyPair> {
  if (!KEY_NAME.test(name)) {
    throw new Error(`key name must match ${KEY_NAME.source}; got "${name}"`);
  }
  await fs.mkdir(directory, { recursive: true, mode: 0o700 });
  const privateFile = path.join(directory, `${name}.private.jwk.json`);
  if (!(await fileExists(privateFile))) {
    await createPrivateKeyFile(privateFile);
  }
  const pair = await readKeyPair(privateFile);
  await writePublicKeyFile(
    path.join(directory, `${name}.public.jwk.json`),
    pair.publicJwk,
  );
  return pair;
}

async function createPrivateKeyFile(file: string): Promise<void> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, {
    extractable: true,
  });
  const jwk = { ...(await exportJWK(privateKey)), alg: SIGNING_ALGORITHM };
  await createOwnerOnlyFileOnce(file, `${JSON.stringify(jwk, null, 2)}\n`);
}

async function readKeyPair(file: string): Promise<SigningKeyPair> {
  await assertOwnerOnly(file);
  const jwk = parsePrivateJwk(file, await fs.readFile(file, 'utf8'));
  const publicParts: JWK = { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
  const kid = await calculateJwkThumbprint(publicParts);
  const publicJwk: JWK = {
    ...publicParts,
    kid,
    alg: SIGNING_ALGORITHM,
    use: 'sig',
  };
  const privateKey = await importAsymmetricKey({ ...publicParts, d: jwk.d });
  const publicKey = await importAsymmetricKey(publicJwk);
  await assertKeysMatch(file, privateKey, publicKey);
  return { privateKey, publicKey, publicJwk, kid };
}

function parsePrivateJwk(file: string, text: string): { d: string; x: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (
    !isRecord(value) ||
    value.kty !== 'OKP' ||
    value.crv !== 'Ed25519' ||
    typeof value.d !== 'string' ||
    typeof value.x !== 'string'
  ) {
    throw new Error(`${file} does not hold an Ed25519 private key as a JWK`);
  }
  return { d: value.d, x: value.x };
}

async function importAsymmetricKey(jwk: JWK): Promise<IdentityKey> {
  const key = await importJWK(jwk, SIGNING_ALGORITHM);
  if (key instanceof Uint8Array) {
    throw new Error('expected an asymmetric key, not a secret');
  }
  return key;
}

// A file whose public half was edited would sign tokens nobody can verify; find
// out at start rather than on the first request.
async function assertKeysMatch(
  file: string,
  privateKey: IdentityKey,
  publicKey: IdentityKey,
): Promise<void> {
  const probe = await new CompactSign(new TextEncoder().encode('key-check'))
    .setProtectedHeader({ alg: SIGNING_ALGORITHM })
    .sign(privateKey);
  try {
    await compactVerify(probe, publicKey);
  } catch {
    throw new Error(
      `${file} holds a private key that does not match its x value`,
    );
  }
}

async function writePublicKeyFile(file: string, publicJwk: JWK): Promise<void> {
  const text = `${JSON.stringify(publicJwk, null, 2)}\n`;
  const current = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (current === text) return;
  const temporary = `${file}.${process.pid}.${randomBytes(8).toString('hex')}`;
  await fs.writeFile(temporary, text, { mode: 0o644, flag: 'wx' });
  await fs.rename(temporary, file);
}
