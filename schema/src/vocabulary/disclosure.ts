import { createEnumeration } from './enumeration';

/**
 * What the register grants, least first. The order matters: combining decisions
 * takes the lower of two levels, and a forbid caps a permit at its own level.
 *
 * - NCND: silently absent, exactly as if nothing were held.
 * - WITHHELD: null plus a reason the caller may see; says nothing of existence.
 * - EXISTENCE: null plus "the owner holds this; ask via the route".
 * - SUMMARY: a sanitised form defined per type.
 * - FULL: the value.
 */
export const DisclosureLevel = createEnumeration('DisclosureLevel', [
  'NCND',
  'WITHHELD',
  'EXISTENCE',
  'SUMMARY',
  'FULL',
] as const);
export type DisclosureLevel = (typeof DisclosureLevel.values)[number];

const rank = new Map(
  DisclosureLevel.values.map((value, index) => [value, index]),
);

export function rankDisclosure(level: DisclosureLevel): number {
  return rank.get(level) ?? -1;
}

/** The more restrictive of two levels. */
export function lowerDisclosure(
  a: DisclosureLevel,
  b: DisclosureLevel,
): DisclosureLevel {
  return rankDisclosure(a) <= rankDisclosure(b) ? a : b;
}

/** The less restrictive of two levels. */
export function higherDisclosure(
  a: DisclosureLevel,
  b: DisclosureLevel,
): DisclosureLevel {
  return rankDisclosure(a) >= rankDisclosure(b) ? a : b;
}

/** Why a decision came out as it did; shown to callers on WITHHELD and EXISTENCE. */
export const ReasonCode = createEnumeration('ReasonCode', [
  'PERMITTED',
  'CASE_SPECIFIC_DISCLOSURE',
  'OWN_AGENCY',
  'NO_AGREEMENT',
  'AGREEMENT_NOT_SIGNED',
  'VETTING_TOO_LOW',
  'CLASSIFICATION_TOO_HIGH',
  'PURPOSE_NOT_PERMITTED',
  'ROLE_NOT_PERMITTED',
  'REGION_NOT_PERMITTED',
  'HANDLING_CONDITION',
  'ORIGINATOR_CONSENT_REQUIRED',
  'AGGREGATES_ONLY',
  'FORBIDDEN_BY_RULE',
  'NO_PURPOSE',
  'EVALUATION_ERROR',
] as const);
export type ReasonCode = (typeof ReasonCode.values)[number];

/** The status of an agreement that sharing rests on. */
export const AgreementStatus = createEnumeration('AgreementStatus', [
  'SIGNED',
  'MOU',
  'DRAFT',
  'NONE',
] as const);
export type AgreementStatus = (typeof AgreementStatus.values)[number];

/** Statuses under which an agreement can carry a permit today. */
export function isAgreementInForce(status: AgreementStatus): boolean {
  return status === 'SIGNED' || status === 'MOU';
}
