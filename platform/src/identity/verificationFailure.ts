import { AuthenticationError } from './authenticationError';

/** The parts of a jose error this module reads. */
interface JoseErrorShape {
  code: string;
  claim?: unknown;
  reason?: unknown;
}

// Read structurally, not with instanceof: each workspace may load its own copy of
// jose, and an error from one copy is not an instance of the other's classes.
function isJoseError(error: unknown): error is JoseErrorShape {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    /^ERR_(JOSE|JWS|JWT|JWK|JWKS|JWE)_/.test(error.code)
  );
}

/**
 * Turns jose's verification errors into AuthenticationErrors whose messages say
 * what was wrong in the caller's terms. Returns undefined for errors that are
 * not about the credential (a key set that cannot be fetched), which the caller
 * must treat as a service fault. jose's own messages are not passed on: some
 * errors carry the decoded claims, which have no place in a response.
 */
export function describeVerificationFailure(
  error: unknown,
  subject: string,
): AuthenticationError | undefined {
  if (!isJoseError(error)) return undefined;
  if (error.code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') {
    return describeClaimFailure(error, subject);
  }
  switch (error.code) {
    case 'ERR_JWT_EXPIRED':
      return new AuthenticationError('EXPIRED', `the ${subject} has expired`);
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return new AuthenticationError(
        'BAD_SIGNATURE',
        `the ${subject} signature is not valid`,
      );
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return new AuthenticationError(
        'ALGORITHM_NOT_ALLOWED',
        `the ${subject} is signed with an algorithm that is not accepted`,
      );
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return new AuthenticationError(
        'UNKNOWN_KEY',
        `the ${subject} was not signed by a known key`,
      );
    case 'ERR_JWKS_TIMEOUT':
    case 'ERR_JWKS_INVALID':
      return undefined;
    default:
      return new AuthenticationError(
        'MALFORMED',
        `the ${subject} is malformed`,
      );
  }
}

function describeClaimFailure(
  error: JoseErrorShape,
  subject: string,
): AuthenticationError {
  const claim = String(error.claim);
  if (error.reason === 'missing') {
    return new AuthenticationError(
      'INVALID_CLAIM',
      `the ${subject} lacks the required "${claim}" claim`,
    );
  }
  switch (claim) {
    case 'iss':
      return new AuthenticationError(
        'WRONG_ISSUER',
        `the ${subject} issuer is not accepted`,
      );
    case 'aud':
      return new AuthenticationError(
        'WRONG_AUDIENCE',
        `the ${subject} is not meant for this service`,
      );
    case 'nbf':
      return new AuthenticationError(
        'NOT_YET_VALID',
        `the ${subject} is not valid yet`,
      );
    case 'iat':
      return new AuthenticationError(
        'NOT_YET_VALID',
        `the ${subject} was issued in the future`,
      );
    case 'typ':
      return new AuthenticationError(
        'MALFORMED',
        `the ${subject} has the wrong type`,
      );
    default:
      return new AuthenticationError(
        'INVALID_CLAIM',
        `the ${subject} "${claim}" claim is not valid`,
      );
  }
}
