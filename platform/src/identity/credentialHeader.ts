import { AuthenticationError } from './authenticationError';

export interface CredentialHeaderRule {
  /** How the credential is named in messages, e.g. "Authorization header". */
  header: string;
  /** Longest accepted value, checked before anything else looks at it. */
  maxLength: number;
}

/**
 * Reads exactly one value of a header that carries a credential. Node joins a
 * repeated custom header with ", " and `headersDistinct` gives an array; as no
 * JWS compact token contains a comma, both forms of a repeat are refused.
 */
export function readSingleCredentialHeader(
  value: string | readonly string[] | undefined,
  rule: CredentialHeaderRule,
): string {
  if (Array.isArray(value) && value.length > 1) {
    throw new AuthenticationError(
      'MULTIPLE',
      `more than one ${rule.header} was sent`,
    );
  }
  const single: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof single !== 'string' || single.trim().length === 0) {
    throw new AuthenticationError('MISSING', `the ${rule.header} is missing`);
  }
  if (single.length > rule.maxLength) {
    throw new AuthenticationError(
      'TOO_LONG',
      `the ${rule.header} is longer than ${rule.maxLength} characters`,
    );
  }
  if (single.includes(',')) {
    throw new AuthenticationError(
      'MULTIPLE',
      `more than one ${rule.header} was sent`,
    );
  }
  return single.trim();
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Refuses anything that is not three base64url parts before jose parses it. */
export function assertCompactJws(token: string, subject: string): void {
  if (!COMPACT_JWS.test(token)) {
    throw new AuthenticationError(
      'MALFORMED',
      `the ${subject} is not a signed JWT (header.payload.signature)`,
    );
  }
}
