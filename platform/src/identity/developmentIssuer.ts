import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { type Caller } from '@marsoc/schema/caller';
import { SignJWT, type JWK } from 'jose';

import {
  type IdentityKey,
  SIGNING_ALGORITHM,
  loadOrCreateKeyPair,
} from './keys';

export const DEVELOPMENT_ISSUER = 'urn:marsoc:development-issuer';
export const GATEWAY_AUDIENCE = 'urn:marsoc:gateway';
export const DEVELOPMENT_ISSUER_KEY_NAME = 'development-issuer';
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 60 * 60;
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

// These are the issuer's to set; letting extra claims replace them would make
// the lifetime option and the issuer's identity meaningless.
const RESERVED_CLAIMS = new Set(['iss', 'aud', 'iat', 'nbf', 'exp', 'jti']);

export interface IssueTokenOptions {
  /** Default one hour, at most a day. */
  lifetimeSeconds?: number;
  /**
   * Claims added over the persona's, unvalidated on purpose so that a developer
   * can mint the malformed tokens the gateway must refuse.
   */
  extraClaims?: Readonly<Record<string, unknown>>;
}

/** The local issuer `npm start` trusts when no identity provider is configured. */
export interface DevelopmentIssuer {
  issuer: string;
  audience: string;
  kid: string;
  publicKey: IdentityKey;
  /** Publish this (e.g. as a JWKS) so other processes can verify its tokens. */
  publicJwk: JWK;
  issueToken(caller: Caller, options?: IssueTokenOptions): Promise<string>;
}

export interface DevelopmentIssuerOptions {
  /** The data directory; the key lives in `<dataDirectory>/keys`. */
  dataDirectory: string;
  issuer?: string;
  audience?: string;
}

export async function createDevelopmentIssuer(
  options: DevelopmentIssuerOptions,
): Promise<DevelopmentIssuer> {
  const issuer = options.issuer ?? DEVELOPMENT_ISSUER;
  const audience = options.audience ?? GATEWAY_AUDIENCE;
  const keys = await loadOrCreateKeyPair(
    path.join(options.dataDirectory, 'keys'),
    DEVELOPMENT_ISSUER_KEY_NAME,
  );
  return {
    issuer,
    audience,
    kid: keys.kid,
    publicKey: keys.publicKey,
    publicJwk: keys.publicJwk,
    async issueToken(caller, { lifetimeSeconds, extraClaims = {} } = {}) {
      const lifetime = checkLifetime(
        lifetimeSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS,
      );
      const reserved = Object.keys(extraClaims).filter((key) =>
        RESERVED_CLAIMS.has(key),
      );
      if (reserved.length > 0) {
        throw new Error(`extra claims may not set ${reserved.join(', ')}`);
      }
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ ...callerClaims(caller), ...extraClaims })
        .setProtectedHeader({
          alg: SIGNING_ALGORITHM,
          kid: keys.kid,
          typ: 'JWT',
        })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(now)
        .setNotBefore(now)
        .setExpirationTime(now + lifetime)
        .setJti(randomUUID())
        .sign(keys.privateKey);
    },
  };
}

function checkLifetime(seconds: number): number {
  if (
    !Number.isInteger(seconds) ||
    seconds < 1 ||
    seconds > MAX_TOKEN_LIFETIME_SECONDS
  ) {
    throw new RangeError(
      `token lifetime must be a whole number of seconds from 1 to ${MAX_TOKEN_LIFETIME_SECONDS}; got ${seconds}`,
    );
  }
  return seconds;
}

function callerClaims(caller: Caller): Record<string, unknown> {
  return {
    sub: caller.sub,
    name: caller.name,
    agency: caller.agency,
    unit: caller.unit,
    regions: [...caller.regions],
    roles: [...caller.roles],
    vetting: caller.vetting,
  };
}
