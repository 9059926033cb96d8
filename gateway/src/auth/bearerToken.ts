import {
  AuthenticationError,
  assertCompactJws,
  readSingleCredentialHeader,
} from '@marsoc/platform/identity';

/** Tokens longer than this are refused unread: no honest identity token is. */
export const MAX_TOKEN_LENGTH = 8 * 1024;
const SCHEME = 'Bearer';

/**
 * Reads the one bearer token from an Authorization header value. Pass Node's
 * `request.headersDistinct.authorization`: `request.headers` silently keeps only
 * the first of two Authorization headers, hiding the second from this check.
 */
export function readBearerToken(
  authorization: string | readonly string[] | undefined,
): string {
  const value = readSingleCredentialHeader(authorization, {
    header: 'Authorization header',
    // Room for the scheme and spacing; the token itself is measured below.
    maxLength: MAX_TOKEN_LENGTH + 64,
  });
  const match = /^(\S+)[ \t]+(\S+)$/.exec(value);
  // RFC 9110 §11.1: the scheme name is case-insensitive.
  if (!match || match[1]?.toLowerCase() !== SCHEME.toLowerCase()) {
    throw new AuthenticationError(
      'WRONG_SCHEME',
      'the Authorization header must use the Bearer scheme',
    );
  }
  const token = match[2] ?? '';
  if (token.length > MAX_TOKEN_LENGTH) {
    throw new AuthenticationError(
      'TOO_LONG',
      `the token is longer than ${MAX_TOKEN_LENGTH} characters`,
    );
  }
  assertCompactJws(token, 'token');
  return token;
}
