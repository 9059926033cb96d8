import { createHmac, type KeyObject } from 'node:crypto';

/**
 * A compact JWS (RFC 7515) signed with HMAC-SHA256: base64url(header) "."
 * base64url(payload) "." base64url(HMAC). Written out rather than built with
 * jose's SignJWT, whose builder cost more than the HMAC itself on a path the
 * gateway takes for every subgraph fetch; the subgraph still verifies with
 * jose, which is where the checks are (callerContext.test.ts signs with this
 * and verifies with jose).
 */
export function signCompactHs256(
  encodedHeader: string,
  payload: Readonly<Record<string, unknown>>,
  key: KeyObject,
): string {
  const signingInput = `${encodedHeader}.${encodeJson(payload)}`;
  const signature = createHmac('sha256', key)
    .update(signingInput)
    .digest('base64url');
  return `${signingInput}.${signature}`;
}

/** base64url of the JSON of `value`, as a JWS header or payload is encoded. */
export function encodeJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
