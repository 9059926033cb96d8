import { createHash, timingSafeEqual } from 'node:crypto';

/** RFC 7636 §4.1: 43 to 128 unreserved characters. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
/** An S256 challenge is the base64url of a SHA-256 digest: 43 characters. */
export const S256_CHALLENGE = /^[A-Za-z0-9\-_]{43}$/;

/**
 * Whether a code verifier answers an S256 challenge (RFC 7636 §4.6). Only
 * S256 is offered: the plain method would send the secret itself through the
 * browser's address bar.
 */
export function isVerifierForChallenge(
  verifier: string,
  challenge: string,
): boolean {
  if (!VERIFIER.test(verifier)) return false;
  const computed = Buffer.from(
    createHash('sha256').update(verifier).digest('base64url'),
  );
  const expected = Buffer.from(challenge);
  return (
    computed.length === expected.length && timingSafeEqual(computed, expected)
  );
}
