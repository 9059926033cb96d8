import {
  createRandom,
  DISRUPTIONS,
  type Random,
  type SyntheticNominal,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { type Agency } from '@marsoc/schema';
import {
  type DisruptionAssessment,
  type FourPCategory,
} from '../repository/apmisVocabulary';
import { CYCLE_DATES } from './dates';
import { isEverSelected } from './createSeededNomination';

/** One MARSOC-flagged disruption before its date and wording are chosen. */
export interface PlannedDisruption {
  assessment: DisruptionAssessment;
  fourP: FourPCategory;
  recordingAgency: Agency;
  arrests: number;
}

/** How many MARSOC disruptions NOM-00001 has, so the well-known picture shows several. */
export const WELL_KNOWN_DISRUPTIONS = 5;

/** Arrests come one per disruption except in these few, where an associate is arrested too. */
const DISRUPTIONS_WITH_TWO_ARRESTS = 4;

/**
 * Lays out the 307 MARSOC-flagged disruptions of seed 000 E545-E549 exactly: every
 * impact level and 4P count, 7 recorded by HMPPS (E547), 41 arrests, spread over
 * the nominals ever selected (each has at least one; those on the cohort longer
 * have more). It is planned over the whole set at once, which is the only way to
 * hit the totals exactly, from its own seed stream and from the nominations
 * alone, so the plan does not move with the population size.
 */
export function planMarsocDisruptions(
  population: readonly SyntheticNominal[],
  seed: string,
): Map<string, PlannedDisruption[]> {
  const random = createRandom(`${seed}:apmis:disruption-plan`);
  const selected = population.filter(isEverSelected);
  const owners = allocateToNominals(random, selected, DISRUPTIONS.total);
  const fourPs = random.shuffle(expandCounts(DISRUPTIONS.byPursuitCategory));
  const assessments = random.shuffle(expandCounts(DISRUPTIONS.byAssessment));
  const arrests = placeArrests(random, fourPs);
  const recorders = placeHmppsRecorders(random, fourPs, owners);
  const plan = new Map<string, PlannedDisruption[]>();
  owners.forEach((owner, slot) => {
    const planned: PlannedDisruption = {
      assessment: assessments[slot] ?? 'MINOR',
      fourP: fourPs[slot] ?? 'PURSUE',
      recordingAgency: recorders.has(slot) ? 'HMPPS' : 'POLICE',
      arrests: arrests.get(slot) ?? 0,
    };
    plan.set(owner.id, [...(plan.get(owner.id) ?? []), planned]);
  });
  return plan;
}

/** `{ A: 2, B: 1 }` gives `[A, A, B]`; refuses counts that do not sum to the total. */
function expandCounts<K extends string>(
  counts: Readonly<Record<K, number>>,
): K[] {
  const values = (Object.entries(counts) as [K, number][]).flatMap(
    ([value, count]) => Array<K>(count).fill(value),
  );
  if (values.length !== DISRUPTIONS.total) {
    throw new RangeError(
      `disruption counts sum to ${values.length}, not ${DISRUPTIONS.total}`,
    );
  }
  return values;
}

/**
 * The owner of each disruption slot: one each, NOM-00001 a few more, and the
 * rest drawn in proportion to the cycles each nominal spent on the cohort.
 */
function allocateToNominals(
  random: Random,
  selected: readonly SyntheticNominal[],
  total: number,
): SyntheticNominal[] {
  const counts: number[] = selected.map((nominal) =>
    nominal.id === WELL_KNOWN_NOMINAL_ID ? WELL_KNOWN_DISRUPTIONS : 1,
  );
  const weights = selected.map((nominal) =>
    nominal.id === WELL_KNOWN_NOMINAL_ID ? 0 : cyclesOnCohort(nominal),
  );
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  let remaining = total - counts.reduce((sum, count) => sum + count, 0);
  if (remaining < 0 || totalWeight === 0)
    throw new RangeError(
      `cannot spread ${total} disruptions over ${selected.length} nominals`,
    );
  for (; remaining > 0; remaining -= 1) {
    let target = random.next() * totalWeight;
    const index = weights.findIndex((weight) => (target -= weight) < 0);
    const chosen = index === -1 ? weights.length - 1 : index;
    counts[chosen] = (counts[chosen] ?? 0) + 1;
  }
  return selected.flatMap((nominal, index) =>
    Array<SyntheticNominal>(counts[index] ?? 0).fill(nominal),
  );
}

function cyclesOnCohort(nominal: SyntheticNominal): number {
  const nomination = nominal.nomination;
  if (nomination === null) return 0;
  return (
    (nomination.deselectedCycle ?? CYCLE_DATES.length + 1) - nomination.cycle
  );
}

/** Arrests are Pursue outcomes (E549): 41 spread over Pursue slots, a few of two. */
function placeArrests(
  random: Random,
  fourPs: readonly FourPCategory[],
): Map<number, number> {
  const pursue = random.shuffle(
    slotsWhere(fourPs, (fourP) => fourP === 'PURSUE'),
  );
  const singles = DISRUPTIONS.arrests - 2 * DISRUPTIONS_WITH_TWO_ARRESTS;
  const arrests = new Map<number, number>();
  pursue
    .slice(0, DISRUPTIONS_WITH_TWO_ARRESTS)
    .forEach((slot) => arrests.set(slot, 2));
  pursue
    .slice(DISRUPTIONS_WITH_TWO_ARRESTS, DISRUPTIONS_WITH_TWO_ARRESTS + singles)
    .forEach((slot) => arrests.set(slot, 1));
  return arrests;
}

/**
 * HMPPS recorded 7 of the 307 (E547). They are Prevent disruptions of nominals
 * in custody (relocations, cell searches), what prison staff would record.
 */
function placeHmppsRecorders(
  random: Random,
  fourPs: readonly FourPCategory[],
  owners: readonly SyntheticNominal[],
): Set<number> {
  const candidates = slotsWhere(
    fourPs,
    (fourP, slot) =>
      fourP === 'PREVENT' && owners[slot]?.supervision === 'CUSTODY',
  );
  if (candidates.length < DISRUPTIONS.recordedByHmpps)
    throw new RangeError(
      'too few custody Prevent disruptions for HMPPS to record',
    );
  return new Set(
    random.shuffle(candidates).slice(0, DISRUPTIONS.recordedByHmpps),
  );
}

function slotsWhere(
  fourPs: readonly FourPCategory[],
  test: (fourP: FourPCategory, slot: number) => boolean,
): number[] {
  return fourPs.flatMap((fourP, slot) => (test(fourP, slot) ? [slot] : []));
}
