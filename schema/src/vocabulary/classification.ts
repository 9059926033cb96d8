import { createEnumeration } from './enumeration';

/**
 * The three Government Security Classifications tiers, lowest first. There is
 * no fourth tier: OFFICIAL-SENSITIVE is OFFICIAL with a handling caveat (see
 * `HandlingCaveat` and docs/classification.md).
 */
export const ClassificationTier = createEnumeration('ClassificationTier', [
  'OFFICIAL',
  'SECRET',
  'TOP_SECRET',
] as const);
export type ClassificationTier = (typeof ClassificationTier.values)[number];

/**
 * Handling caveats that sit on a tier. SENSITIVE marks the small part of
 * OFFICIAL information whose loss or misuse would do more harm, and so needs
 * need-to-know control beyond plain OFFICIAL.
 */
export const HandlingCaveat = createEnumeration('HandlingCaveat', [
  'SENSITIVE',
] as const);
export type HandlingCaveat = (typeof HandlingCaveat.values)[number];

/**
 * A classification as written in a `@marking` or a record marking: a tier, or
 * OFFICIAL with the SENSITIVE caveat as the one value OFFICIAL_SENSITIVE.
 *
 * Why one value rather than a tier plus a list of caveats: the directive, the
 * composed supergraph, the gateway, the audit subgraph and every store already
 * carry a single string, and GSCP itself writes the caveat as part of the
 * marking ("OFFICIAL-SENSITIVE"). Keeping the written form and reading it
 * through `readClassification` everywhere a decision is made keeps the change
 * contained while no code treats OFFICIAL_SENSITIVE as a tier of its own.
 */
export const Classification = createEnumeration('Classification', [
  'OFFICIAL',
  'OFFICIAL_SENSITIVE',
  'SECRET',
  'TOP_SECRET',
] as const);
export type Classification = (typeof Classification.values)[number];

/** A classification read as what it is: a tier and the caveats on it. */
export interface ProtectiveMarking {
  tier: ClassificationTier;
  caveats: readonly HandlingCaveat[];
}

const READINGS: Readonly<Record<Classification, ProtectiveMarking>> = {
  OFFICIAL: { tier: 'OFFICIAL', caveats: [] },
  OFFICIAL_SENSITIVE: { tier: 'OFFICIAL', caveats: ['SENSITIVE'] },
  SECRET: { tier: 'SECRET', caveats: [] },
  TOP_SECRET: { tier: 'TOP_SECRET', caveats: [] },
};

/** The tier and caveats a written classification stands for. */
export function readClassification(
  classification: Classification,
): ProtectiveMarking {
  const reading = READINGS[classification] as ProtectiveMarking | undefined;
  if (!reading) throw new TypeError('unknown classification');
  return reading;
}

const tierRank = new Map(
  ClassificationTier.values.map((value, index) => [value, index]),
);

/** A number that orders tiers: higher is more protected. */
export function rankTier(tier: ClassificationTier): number {
  return tierRank.get(tier) ?? Number.POSITIVE_INFINITY;
}

/**
 * Orders written classifications for display (a document's banner is its
 * highest), with the SENSITIVE caveat above plain OFFICIAL. Access is never
 * decided by this order: see `isCleared` in ./clearance.
 */
export function rankClassification(classification: Classification): number {
  const reading = READINGS[classification] as ProtectiveMarking | undefined;
  if (!reading) return Number.POSITIVE_INFINITY;
  return rankTier(reading.tier) * 2 + reading.caveats.length;
}
