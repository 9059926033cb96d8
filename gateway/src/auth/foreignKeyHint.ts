import { decodeProtectedHeader } from 'jose';

/**
 * The key the gateway verifies tokens with, by its key id, and what to tell a
 * caller whose token names a different one. With the development issuer each
 * data directory has its own key, so a token minted against another directory
 * (or another running instance) fails on its signature alone; the bare "not
 * valid" sends a newcomer hunting for a fault in the token.
 */
export interface ForeignKeyHint {
  kid: string;
  hint: string;
}

export const DEVELOPMENT_FOREIGN_KEY_HINT =
  "it was signed by another key than this instance's development issuer: minted by another instance or data directory? Mint one with npm run token against this instance's DATA_DIR";

/**
 * The hint for a token whose signature failed, when its header names a key id
 * other than the gateway's own; undefined when it names the same key (the
 * token was altered) or none (nothing to go on). Only the ids are compared and
 * neither is repeated: the message carries no key material.
 */
export function findForeignKeyHint(
  token: string,
  own: ForeignKeyHint,
): string | undefined {
  let kid: unknown;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    return undefined;
  }
  return typeof kid === 'string' && kid !== own.kid ? own.hint : undefined;
}
