import { randomUUID } from 'node:crypto';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  type JWK,
  type KeyLike,
  SignJWT,
} from 'jose';
import { type TestOidcAccount } from './types';

/** RS256, as most organisations' providers sign by default. */
export const PROVIDER_ALGORITHM = 'RS256';

export interface ProviderSigner {
  /** The public key set published at the jwks_uri. */
  jwks: { keys: JWK[] };
  /** An RFC 9068 access token for the gateway: the caller's claims. */
  signAccessToken(grant: TokenGrant): Promise<string>;
  /** The OpenID Connect ID token for the client itself. */
  signIdToken(grant: TokenGrant): Promise<string>;
}

export interface TokenGrant {
  account: TestOidcAccount;
  clientId: string;
  scope: string;
}

/**
 * A fresh RSA key for this provider's life, and the two tokens it signs. The
 * gateway learns the key only from the published key set, as it would from a
 * real provider.
 */
export async function createProviderSigner(options: {
  issuer: string;
  audience: string;
  lifetimeSeconds: number;
}): Promise<ProviderSigner> {
  const { privateKey, publicKey } = await generateKeyPair(PROVIDER_ALGORITHM, {
    modulusLength: 2048,
  });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const sign = (
    claims: Record<string, unknown>,
    audience: string,
    type: string,
    key: KeyLike,
  ): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: PROVIDER_ALGORITHM, kid, typ: type })
      .setIssuer(options.issuer)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + options.lifetimeSeconds)
      .setJti(randomUUID())
      .sign(key);
  };
  return {
    jwks: {
      keys: [{ ...publicJwk, kid, alg: PROVIDER_ALGORITHM, use: 'sig' }],
    },
    signAccessToken: ({ account, clientId, scope }) =>
      sign(
        {
          ...account.claims,
          regions: [...account.claims.regions],
          roles: [...account.claims.roles],
          client_id: clientId,
          scope,
        },
        options.audience,
        'at+jwt',
        privateKey,
      ),
    signIdToken: ({ account, clientId }) =>
      sign(
        { sub: account.claims.sub, name: account.claims.name },
        clientId,
        'JWT',
        privateKey,
      ),
  };
}
