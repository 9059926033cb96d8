import {
  createHash,
  createSecretKey,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { base64url } from 'jose';

import {
  assertOwnerOnly,
  createOwnerOnlyFileOnce,
  fileExists,
} from './ownerOnlyFile';

/**
 * Caller contexts are HMAC-SHA256 JWTs (docs/architecture.md#identity-and-caller-contexts):
 * microseconds to sign and verify where an Ed25519 signature per subgraph per
 * request cost the gateway a tenth of its CPU. Each subgraph has a key of its
 * own, derived from the gateway's secret, so a subgraph holding its key can
 * mint contexts for itself alone, and a context minted for one subgraph fails
 * the signature check of every other.
 */
export const CALLER_CONTEXT_ALGORITHM = 'HS256';
/** Bytes in the gateway's secret and in each subgraph's key (the hash's own size). */
export const CALLER_CONTEXT_KEY_BYTES = 32;
/** The development secret's file under DATA_DIR/keys. */
export const CALLER_CONTEXT_SECRET_FILE = 'caller-context.secret';

const DERIVATION_SALT = 'marsoc caller context';

/** One subgraph's key: a secret KeyObject (never printed by util.inspect) and its public fingerprint. */
export interface CallerContextKey {
  key: KeyObject;
  /** Names the key in the context's header without revealing it (a hash of the key). */
  kid: string;
}

/** The gateway's secret, from which every subgraph's key is derived. */
export interface CallerContextSecret {
  /** The key for contexts addressed to `audience` (a subgraph's name); the same on every call. */
  keyFor(audience: string): CallerContextKey;
}

/**
 * HKDF-SHA256 (RFC 5869) of the secret with the subgraph's name as the info:
 * what the gateway signs with for that subgraph, and the only key that
 * subgraph is given (CALLER_CONTEXT_KEY).
 */
export function deriveCallerContextKey(
  secret: Uint8Array,
  audience: string,
): Uint8Array {
  assertKeyBytes(secret, 'the caller context secret');
  if (audience.trim() === '')
    throw new TypeError('caller context audience must be a non-empty string');
  return new Uint8Array(
    hkdfSync(
      'sha256',
      secret,
      DERIVATION_SALT,
      `v1 audience=${audience}`,
      CALLER_CONTEXT_KEY_BYTES,
    ),
  );
}

/** Wraps a subgraph's key bytes for signing or verifying. */
export function toCallerContextKey(bytes: Uint8Array): CallerContextKey {
  assertKeyBytes(bytes, 'a caller context key');
  const kid = createHash('sha256')
    .update('marsoc caller context kid')
    .update(bytes)
    .digest('base64url')
    .slice(0, 16);
  return { key: createSecretKey(bytes), kid };
}

/** The gateway's side: each subgraph's key derived once and kept. */
export function toCallerContextSecret(secret: Uint8Array): CallerContextSecret {
  assertKeyBytes(secret, 'the caller context secret');
  const copy = Uint8Array.from(secret);
  const keys = new Map<string, CallerContextKey>();
  return {
    keyFor(audience) {
      let key = keys.get(audience);
      if (key === undefined) {
        key = toCallerContextKey(deriveCallerContextKey(copy, audience));
        keys.set(audience, key);
      }
      return key;
    },
  };
}

/**
 * Reads a secret or key given in configuration as base64url (standard base64
 * is accepted too). Throws a message that names neither the value nor any
 * part of it.
 */
export function decodeCallerContextKeyText(
  text: string,
  what: string,
): Uint8Array {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9_\-+/]+={0,2}$/.test(trimmed))
    throw new Error(`${what} must be base64url`);
  const bytes = base64url.decode(
    trimmed.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'),
  );
  assertKeyBytes(bytes, what);
  return bytes;
}

/** A key or secret as configuration carries it. */
export function encodeCallerContextKeyText(bytes: Uint8Array): string {
  return base64url.encode(bytes);
}

/**
 * The development secret in `directory` (mode 0600), created on first use. A
 * deployment configures CALLER_CONTEXT_SECRET on the gateway and each
 * subgraph's own CALLER_CONTEXT_KEY instead.
 */
export async function loadOrCreateCallerContextSecret(
  directory: string,
): Promise<Uint8Array> {
  await fs.mkdir(directory, { recursive: true, mode: 0o700 });
  const file = path.join(directory, CALLER_CONTEXT_SECRET_FILE);
  if (!(await fileExists(file))) {
    const fresh = encodeCallerContextKeyText(
      randomBytes(CALLER_CONTEXT_KEY_BYTES),
    );
    await createOwnerOnlyFileOnce(file, `${fresh}\n`);
  }
  await assertOwnerOnly(file);
  try {
    return decodeCallerContextKeyText(
      await fs.readFile(file, 'utf8'),
      'the secret',
    );
  } catch (error) {
    throw new Error(
      `${file} does not hold a caller context secret: ${(error as Error).message}`,
    );
  }
}

function assertKeyBytes(bytes: Uint8Array, what: string): void {
  if (bytes.length < CALLER_CONTEXT_KEY_BYTES)
    throw new Error(
      `${what} must be at least ${CALLER_CONTEXT_KEY_BYTES} bytes (${bytes.length} given)`,
    );
}
