import { randomUUID } from 'node:crypto';
import { type CallerContext } from '@marsoc/schema/caller';
import { CALLER_CONTEXT_HEADER } from '@marsoc/schema/wire';
import { jwtVerify, type JWTPayload } from 'jose';

import { AuthenticationError } from './authenticationError';
import { InvalidClaimError, parseCallerClaims } from './claims';
import {
  assertCompactJws,
  readSingleCredentialHeader,
} from './credentialHeader';
import { containsUnprintable } from './printableText';
import { encodeJson, signCompactHs256 } from './signCompactHs256';
import { InvalidPurposeError, parseRequestPurpose } from './requestPurpose';
import {
  CALLER_CONTEXT_ALGORITHM,
  type CallerContextKey,
  type CallerContextSecret,
} from './callerContextKeys';
import { assertBoundTo, acceptOnce } from './acceptCallerContextOnce';
import { type ReplayGuard } from './replayGuard';
import {
  hashSubgraphOperation,
  type SubgraphOperation,
} from './subgraphOperation';
import { describeVerificationFailure } from './verificationFailure';

/** Explicit typing (RFC 8725 §3.11): a bearer token is never a caller context. */
export const CALLER_CONTEXT_TYPE = 'marsoc-caller-context+jwt';
export const DEFAULT_CALLER_CONTEXT_LIFETIME_SECONDS = 30;
export const MAX_CALLER_CONTEXT_LIFETIME_SECONDS = 60;
const MAX_CALLER_CONTEXT_LENGTH = 16 * 1024;
const MAX_REQUEST_ID_LENGTH = 128;
const CLOCK_TOLERANCE_SECONDS = 5;
const SUBJECT = 'caller context';

export interface CallerContextSigner {
  /**
   * Signs the context for one fetch: `audience` names the subgraph and
   * `operation` is exactly what the fetch sends it. Each call gets its own
   * `jti`, so the several fetches of one plan never look like replays.
   */
  sign(
    context: CallerContext,
    audience: string,
    operation: SubgraphOperation,
  ): Promise<string>;
}

export interface CallerContextVerifier {
  /**
   * Verifies the header value for the operation that came with it, and
   * accepts each context once. Throws AuthenticationError on any fault, and
   * ReplayGuardUnavailableError when freshness cannot be checked.
   */
  verify(
    header: string | readonly string[] | undefined,
    operation: SubgraphOperation | undefined,
  ): Promise<CallerContext>;
}

export interface CallerContextSignerOptions {
  /** Signs each subgraph's contexts with that subgraph's own derived key. */
  secret: CallerContextSecret;
  issuer: string;
  /** At most MAX_CALLER_CONTEXT_LIFETIME_SECONDS; default 30. */
  lifetimeSeconds?: number;
}

export function createCallerContextSigner(
  options: CallerContextSignerOptions,
): CallerContextSigner {
  const lifetime =
    options.lifetimeSeconds ?? DEFAULT_CALLER_CONTEXT_LIFETIME_SECONDS;
  if (
    !Number.isInteger(lifetime) ||
    lifetime < 1 ||
    lifetime > MAX_CALLER_CONTEXT_LIFETIME_SECONDS
  ) {
    throw new RangeError(
      `caller context lifetime must be 1 to ${MAX_CALLER_CONTEXT_LIFETIME_SECONDS} seconds; got ${lifetime}`,
    );
  }
  assertNonEmpty('issuer', options.issuer);
  // One protected header per subgraph key, encoded once.
  const headers = new Map<string, string>();
  const headerFor = (kid: string): string => {
    let header = headers.get(kid);
    if (header === undefined) {
      header = encodeJson({
        alg: CALLER_CONTEXT_ALGORITHM,
        kid,
        typ: CALLER_CONTEXT_TYPE,
      });
      headers.set(kid, header);
    }
    return header;
  };
  return {
    sign(context, audience, operation) {
      assertNonEmpty('audience', audience);
      assertRequestId(context.requestId);
      const { key, kid } = options.secret.keyFor(audience);
      const now = Math.floor(Date.now() / 1000);
      const payload = {
        ...toClaims(context),
        operation_hash: hashSubgraphOperation(operation),
        iss: options.issuer,
        aud: audience,
        iat: now,
        nbf: now,
        exp: now + lifetime,
        jti: randomUUID(),
      };
      return Promise.resolve(signCompactHs256(headerFor(kid), payload, key));
    },
  };
}

function toClaims({ caller, purpose, requestId }: CallerContext): JWTPayload {
  return {
    sub: caller.sub,
    name: caller.name,
    agency: caller.agency,
    unit: caller.unit,
    regions: [...caller.regions],
    roles: [...caller.roles],
    vetting: caller.vetting,
    request_id: requestId,
    ...(purpose && {
      purpose: purpose.purpose,
      justification: purpose.justification,
    }),
  };
}

export interface CallerContextVerifierOptions {
  /** This subgraph's own key: a context signed with any other key is refused. */
  key: CallerContextKey;
  /** This subgraph's name, as the gateway uses it for the audience. */
  audience: string;
  issuer: string;
  /** Where accepted contexts are remembered until they expire. */
  replayGuard: ReplayGuard;
}

export function createCallerContextVerifier(
  options: CallerContextVerifierOptions,
): CallerContextVerifier {
  assertNonEmpty('audience', options.audience);
  assertNonEmpty('issuer', options.issuer);
  return {
    async verify(header, operation) {
      const token = readSingleCredentialHeader(header, {
        header: `${CALLER_CONTEXT_HEADER} header`,
        maxLength: MAX_CALLER_CONTEXT_LENGTH,
      });
      assertCompactJws(token, SUBJECT);
      const payload = await verifySignedContext(token, options);
      const context = parseContextClaims(payload);
      assertBoundTo(payload, operation);
      // Last, so that only a context valid in every other way takes a place
      // in the store: nothing unsigned can fill it.
      await acceptOnce(payload, options.replayGuard, CLOCK_TOLERANCE_SECONDS);
      return context;
    },
  };
}

async function verifySignedContext(
  token: string,
  options: CallerContextVerifierOptions,
): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, options.key.key, {
      algorithms: [CALLER_CONTEXT_ALGORITHM],
      issuer: options.issuer,
      audience: options.audience,
      typ: CALLER_CONTEXT_TYPE,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['iat', 'nbf', 'exp', 'jti'],
    });
    return payload;
  } catch (error) {
    // The key is fixed and local, so every failure is about the context itself.
    throw (
      describeVerificationFailure(error, SUBJECT) ??
      new AuthenticationError(
        'MALFORMED',
        `the ${SUBJECT} could not be verified`,
      )
    );
  }
}

function parseContextClaims(payload: JWTPayload): CallerContext {
  const { iat = 0, exp = 0 } = payload;
  if (exp - iat > MAX_CALLER_CONTEXT_LIFETIME_SECONDS) {
    throw new AuthenticationError(
      'INVALID_CLAIM',
      `the ${SUBJECT} lives longer than ${MAX_CALLER_CONTEXT_LIFETIME_SECONDS} seconds`,
    );
  }
  try {
    const requestId = payload.request_id;
    assertRequestId(requestId);
    const caller = parseCallerClaims(payload);
    if (payload.purpose === undefined && payload.justification === undefined) {
      return { caller, requestId };
    }
    return {
      caller,
      requestId,
      purpose: parseRequestPurpose(payload.purpose, payload.justification),
    };
  } catch (error) {
    if (
      error instanceof InvalidClaimError ||
      error instanceof InvalidPurposeError
    ) {
      throw new AuthenticationError(
        'INVALID_CLAIM',
        `the ${SUBJECT} ${error.message}`,
      );
    }
    throw error;
  }
}

function assertRequestId(value: unknown): asserts value is string {
  if (
    typeof value !== 'string' ||
    value.length === 0 ||
    value.length > MAX_REQUEST_ID_LENGTH ||
    containsUnprintable(value)
  ) {
    throw new InvalidClaimError(
      'request_id',
      `must be a printable string of 1 to ${MAX_REQUEST_ID_LENGTH} characters`,
    );
  }
}

function assertNonEmpty(name: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new TypeError(`caller context ${name} must be a non-empty string`);
  }
}
