/**
 * The JWS algorithms an identity token may use: asymmetric signatures only.
 * `none` and the HMAC family are absent on purpose: `none` is no signature, and
 * an HMAC key shared with the gateway would let the gateway mint tokens.
 */
export const ASYMMETRIC_ALGORITHMS = [
  'EdDSA',
  'ES256',
  'ES384',
  'ES512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
] as const;
export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];

const allowed = new Set<string>(ASYMMETRIC_ALGORITHMS);

export function isAsymmetricAlgorithm(
  value: unknown,
): value is AsymmetricAlgorithm {
  return typeof value === 'string' && allowed.has(value);
}
