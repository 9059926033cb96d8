import {
  type Classification,
  type ClassificationTier,
  HandlingCaveat,
  readClassification,
  rankTier,
} from './classification';

/**
 * What a caller's vetting lets them see: every tier up to `tier`, and OFFICIAL
 * information carrying any of `caveats`. The caveat is checked as a set, apart
 * from the tier, because SENSITIVE is not a step on the tier ladder.
 */
export interface Clearance {
  tier: ClassificationTier;
  caveats: readonly HandlingCaveat[];
}

/** What stops a clearance reaching a marking: the tier, or a caveat on it. */
export type ClearanceShortfall = 'TIER' | 'CAVEAT';

/**
 * Why information marked `classification` is out of reach under `clearance`,
 * or undefined when it is within reach. The tier is judged first: a caller
 * below the tier is refused for the tier whatever the caveats.
 */
export function findClearanceShortfall(
  classification: Classification,
  clearance: Clearance,
): ClearanceShortfall | undefined {
  const marking = readClassification(classification);
  if (rankTier(marking.tier) > rankTier(clearance.tier)) return 'TIER';
  const caveatsHeld = marking.caveats.every((caveat) =>
    clearance.caveats.includes(caveat),
  );
  return caveatsHeld ? undefined : 'CAVEAT';
}

/** True when information marked `classification` may be seen under `clearance`. */
export function isCleared(
  classification: Classification,
  clearance: Clearance,
): boolean {
  return findClearanceShortfall(classification, clearance) === undefined;
}

/**
 * The clearance a written ceiling describes (as `me` and VETTING_GRANTS write
 * it: the highest marking reached). A ceiling above OFFICIAL carries every
 * caveat, since the vetting that reaches SECRET (NPPV3, SC, DV) is past what
 * the SENSITIVE caveat asks of police staff (NPPV2).
 */
export function clearanceOf(ceiling: Classification): Clearance {
  const { tier, caveats } = readClassification(ceiling);
  return tier === 'OFFICIAL'
    ? { tier, caveats }
    : { tier, caveats: HandlingCaveat.values };
}

/** True when `held` may be seen by someone cleared to the written `ceiling`. */
export function isWithinClassification(
  held: Classification,
  ceiling: Classification,
): boolean {
  return isCleared(held, clearanceOf(ceiling));
}
