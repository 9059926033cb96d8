import { join } from 'node:path';
import {
  importPublicKeyFromConfig,
  type IdentityKey,
  loadOrCreateKeyPair,
} from '../identity';
import { type Environment } from '../config';

/** The key pair name the embedded default uses for gateway → subgraph contexts. */
export const CALLER_CONTEXT_KEY_NAME = 'caller-context';
/** The issuer the gateway signs caller contexts as. */
export const CALLER_CONTEXT_ISSUER = 'urn:marsoc:gateway';

/**
 * The public key a subgraph verifies caller contexts with: CALLER_CONTEXT_PUBLIC_KEY
 * (PEM or JWK) in a deployment; otherwise the embedded default's key pair in the
 * data directory, created on first start.
 */
export async function loadCallerContextPublicKey(
  env: Environment,
  dataDirectory: string,
): Promise<IdentityKey> {
  const configured = env.CALLER_CONTEXT_PUBLIC_KEY;
  if (configured !== undefined && configured !== '') {
    return (await importPublicKeyFromConfig(configured)).key;
  }
  return (
    await loadOrCreateKeyPair(
      join(dataDirectory, 'keys'),
      CALLER_CONTEXT_KEY_NAME,
    )
  ).publicKey;
}
