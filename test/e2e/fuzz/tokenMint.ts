import { type KeyObject, sign as signBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  DEVELOPMENT_ISSUER,
  DEVELOPMENT_ISSUER_KEY_NAME,
  GATEWAY_AUDIENCE,
  loadOrCreateKeyPair,
  loadPersonas,
} from '@marsoc/platform';
import {
  generateKeyPair,
  type JWTHeaderParameters,
  type KeyLike,
  SignJWT,
} from 'jose';

/** Signs arbitrary tokens: with the started system's own issuer key, or others. */
export interface TokenMint {
  /** A persona's claims, as `npm run token -- <persona>` would sign them. */
  claimsOf(persona: string): Record<string, unknown>;
  /** Signs `payload` with the trusted development key unless `key` is given. */
  sign(
    payload: Record<string, unknown>,
    options?: {
      header?: Partial<JWTHeaderParameters>;
      key?: KeyLike;
      alg?: string;
    },
  ): Promise<string>;
  /** Signs with the trusted key whatever header is given, even one jose refuses to write (`crit`). */
  signRaw(
    header: Record<string, unknown>,
    payload: Record<string, unknown>,
  ): string;
  /** Registered claims a valid token carries, for `now` in seconds. */
  registered(now?: number): Record<string, unknown>;
  /** Keys the gateway does not trust, one per algorithm it accepts. */
  strangers: { EdDSA: KeyLike; ES256: KeyLike; RS256: KeyLike };
  /** The trusted public key's JWK, for algorithm-confusion attempts. */
  publicJwk: Record<string, unknown>;
}

export async function createTokenMint(
  dataDirectory: string,
): Promise<TokenMint> {
  const trusted = await loadOrCreateKeyPair(
    join(dataDirectory, 'keys'),
    DEVELOPMENT_ISSUER_KEY_NAME,
  );
  const personas = loadPersonas();
  const [EdDSA, ES256, RS256] = await Promise.all(
    (['EdDSA', 'ES256', 'RS256'] as const).map(
      async (alg) => (await generateKeyPair(alg)).privateKey,
    ),
  );
  return {
    claimsOf(handle) {
      const caller = personas.get(handle)?.caller;
      if (!caller) throw new Error(`no persona ${handle}`);
      return {
        ...caller,
        regions: [...caller.regions],
        roles: [...caller.roles],
      };
    },
    registered(now = Math.floor(Date.now() / 1000)) {
      return {
        iss: DEVELOPMENT_ISSUER,
        aud: GATEWAY_AUDIENCE,
        iat: now,
        nbf: now,
        exp: now + 3600,
        jti: `fuzz-${now}`,
      };
    },
    async sign(payload, { header = {}, key, alg } = {}) {
      const algorithm =
        alg ?? (key === undefined ? 'EdDSA' : keyAlgorithm(key));
      return new SignJWT(payload)
        .setProtectedHeader({
          alg: algorithm,
          typ: 'JWT',
          kid: trusted.kid,
          ...header,
        })
        .sign(key ?? trusted.privateKey);
    },
    signRaw(header, payload) {
      const signingInput = `${encode(header)}.${encode(payload)}`;
      const signature = signBytes(
        null,
        Buffer.from(signingInput),
        trusted.privateKey as KeyObject,
      );
      return `${signingInput}.${signature.toString('base64url')}`;
    },
    strangers: {
      EdDSA: EdDSA as KeyLike,
      ES256: ES256 as KeyLike,
      RS256: RS256 as KeyLike,
    },
    publicJwk: { ...trusted.publicJwk },
  };
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function keyAlgorithm(key: KeyLike): string {
  const type = (key as { asymmetricKeyType?: string }).asymmetricKeyType;
  return type === 'ec'
    ? 'ES256'
    : type === 'rsa'
      ? 'RS256'
      : type === 'ed25519'
        ? 'EdDSA'
        : 'HS256';
}
