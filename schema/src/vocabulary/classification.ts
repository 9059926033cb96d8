import { createEnumeration } from './enumeration';

/**
 * Government Security Classifications, lowest first. OFFICIAL_SENSITIVE is
 * OFFICIAL with the SENSITIVE handling caveat, ranked between OFFICIAL and SECRET
 * because access to it needs more than baseline vetting
 * (standards-and-security.md §1.1).
 */
export const Classification = createEnumeration('Classification', [
  'OFFICIAL',
  'OFFICIAL_SENSITIVE',
  'SECRET',
  'TOP_SECRET',
] as const);
export type Classification = (typeof Classification.values)[number];

const rank = new Map(
  Classification.values.map((value, index) => [value, index]),
);

/** A number that orders classifications: higher is more protected. */
export function rankClassification(classification: Classification): number {
  return rank.get(classification) ?? Number.POSITIVE_INFINITY;
}

/** True when `held` may be seen by someone cleared to `ceiling`. */
export function isWithinClassification(
  held: Classification,
  ceiling: Classification,
): boolean {
  return rankClassification(held) <= rankClassification(ceiling);
}
