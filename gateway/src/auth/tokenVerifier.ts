import { type Caller } from '@marsoc/schema/caller';
import {
  AuthenticationError,
  CALLER_CONTEXT_TYPE,
  InvalidClaimError,
  describeVerificationFailure,
  parseCallerClaims,
} from '@marsoc/platform/identity';
import { type JWTPayload, type JWTVerifyOptions, jwtVerify } from 'jose';

import { readBearerToken } from './bearerToken';
import { type ForeignKeyHint, findForeignKeyHint } from './foreignKeyHint';
import { IdentityProviderUnavailableError } from './identityProviderUnavailableError';
import { type TokenKeySource, resolveTokenKeys } from './tokenKeys';
import {
  createVerifiedTokenCache,
  type VerifiedTokenCache,
} from './verifiedTokenCache';

export const DEFAULT_TOKEN_ALGORITHMS = ['EdDSA', 'ES256', 'RS256'] as const;
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;
const MAX_CLOCK_TOLERANCE_SECONDS = 300;

export interface TokenVerificationRules {
  issuer: string;
  audience: string;
  /** Asymmetric algorithms only; the key type narrows them further. */
  algorithms?: readonly string[];
  clockToleranceSeconds?: number;
  /** Names the gateway's own key, so that a token signed by another gets a hint. */
  foreignKeyHint?: ForeignKeyHint;
  /** Where verified tokens are remembered (verifiedTokenCache.ts); null checks every token every time. */
  tokenCache?: VerifiedTokenCache | null;
}

export type TokenVerifierOptions = TokenKeySource & TokenVerificationRules;

export interface TokenVerifier {
  /**
   * Verifies the Authorization header value (pass `headersDistinct.authorization`
   * from node:http) and returns the caller. Throws AuthenticationError (401) on
   * any fault in the credential, IdentityProviderUnavailableError (503) when the
   * key set cannot be fetched.
   */
  verify(
    authorization: string | readonly string[] | undefined,
  ): Promise<Caller>;
}

/** Verifies the caller's OIDC access token (docs/architecture.md#identity-and-caller-contexts). */
export function createTokenVerifier(
  options: TokenVerifierOptions,
): TokenVerifier {
  const { issuer, audience } = options;
  for (const [name, value] of Object.entries({ issuer, audience })) {
    if (typeof value !== 'string' || value.trim() === '') {
      throw new Error(`the token ${name} must be configured`);
    }
  }
  const clockTolerance =
    options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
  if (
    !Number.isInteger(clockTolerance) ||
    clockTolerance < 0 ||
    clockTolerance > MAX_CLOCK_TOLERANCE_SECONDS
  ) {
    throw new Error(
      `token clock tolerance must be 0 to ${MAX_CLOCK_TOLERANCE_SECONDS} seconds; got ${clockTolerance}`,
    );
  }
  const { key, algorithms } = resolveTokenKeys(
    options,
    options.algorithms ?? DEFAULT_TOKEN_ALGORITHMS,
  );
  const rules: JWTVerifyOptions = {
    algorithms,
    issuer,
    audience,
    clockTolerance,
    requiredClaims: ['exp'],
  };
  const verifyToken = async (token: string): Promise<JWTPayload> => {
    const { payload, protectedHeader } =
      typeof key === 'function'
        ? await jwtVerify(token, key, rules)
        : await jwtVerify(token, key, rules);
    if (protectedHeader.typ?.toLowerCase().endsWith(CALLER_CONTEXT_TYPE)) {
      throw new AuthenticationError(
        'MALFORMED',
        'a caller context is not an identity token',
      );
    }
    return payload;
  };
  const cache =
    options.tokenCache === undefined
      ? createVerifiedTokenCache()
      : options.tokenCache;
  return {
    async verify(authorization) {
      const token = readBearerToken(authorization);
      const cached = cache?.find(token);
      if (cached !== undefined) return cached;
      const payload = await verifyToken(token).catch((error: unknown) => {
        throw addForeignKeyHint(
          translateFailure(error),
          token,
          options.foreignKeyHint,
        );
      });
      try {
        const caller = parseCallerClaims(payload);
        // requiredClaims makes exp a number here.
        cache?.keep(token, caller, Number(payload.exp));
        return caller;
      } catch (error) {
        if (error instanceof InvalidClaimError) {
          throw new AuthenticationError(
            'INVALID_CLAIM',
            `the token ${error.message}`,
          );
        }
        throw error;
      }
    },
  };
}

function translateFailure(error: unknown): Error {
  if (
    error instanceof AuthenticationError ||
    error instanceof IdentityProviderUnavailableError
  ) {
    return error;
  }
  return (
    describeVerificationFailure(error, 'token') ??
    // A fixed key does no I/O, so whatever else went wrong came from the token.
    new AuthenticationError('MALFORMED', 'the token could not be verified')
  );
}

/** The same refusal, with the hint when a bad signature came from another key. */
function addForeignKeyHint(
  failure: Error,
  token: string,
  own: ForeignKeyHint | undefined,
): Error {
  if (!(failure instanceof AuthenticationError) || own === undefined)
    return failure;
  if (failure.failure !== 'BAD_SIGNATURE') return failure;
  const hint = findForeignKeyHint(token, own);
  return hint === undefined
    ? failure
    : new AuthenticationError('BAD_SIGNATURE', `${failure.message}: ${hint}`);
}
