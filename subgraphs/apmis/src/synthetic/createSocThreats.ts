import {
  addDays,
  pickDateBetween,
  type Random,
  type SyntheticNominal,
  THEMES,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { type ApmisSocThreatRow } from '../repository/ApmisRepository';
import {
  type Confidence,
  type ModerationStatus,
  type ThreatPhase,
  type ThreatType,
} from '../repository/apmisVocabulary';
import { EARLY_ADOPTER_END, findCycleDate } from './dates';
import { isEverSelected } from './createSeededNomination';
import { formatThreatId } from './nominalReferences';
import { REGIONAL_UNITS } from './owningUnits';

const CONFIDENCES: readonly Confidence[] = [
  'LOW',
  'MEDIUM',
  'MEDIUM',
  'HIGH',
  'HIGH',
];
const MODERATIONS: readonly ModerationStatus[] = [
  ...Array<ModerationStatus>(16).fill('MODERATED'),
  'DRAFT',
  'DRAFT',
  'DRAFT',
  'REJECTED',
];

/**
 * The SOC threats held against a nominal: every nominal on the master list has at
 * least one. A nominated nominal is a priority individual (nominations are the
 * "highest-harm" nominals, seed 000 E440-E442), assessed before the PSF; others
 * are whatever threat put them on the list. Scores are on a project-defined
 * 0-100 scale because MoRiLE's real scales are not public
 * (docs/sources.md#standards-and-guidance). The threat
 * area is the nominal's own criminality, or their group's for an OCG threat,
 * the business police intelligence and NCA tiering describe (issue 16 point 8).
 * No nominal carries a VULNERABILITY threat: APMIS attaches those to places and
 * groups, such as a county line or a prison (seed 003 A:171, A:871), not to a
 * person.
 */
export function createSocThreats(
  nominal: SyntheticNominal,
  random: Random,
): ApmisSocThreatRow[] {
  const nominated =
    nominal.nomination !== null || nominal.id === WELL_KNOWN_NOMINAL_ID;
  const inGroup = nominal.criminality.group !== null;
  const primary: ThreatType =
    nominated || !inGroup
      ? 'PRIORITY_INDIVIDUAL'
      : random.pick(['OCG', 'OCG', 'PRIORITY_INDIVIDUAL'] as const);
  const types: ThreatType[] = [primary];
  if (primary !== 'OCG' && inGroup && random.chance(0.4)) types.push('OCG');
  return types.map((threatType, index) =>
    createThreat(nominal, random, threatType, index + 1),
  );
}

function createThreat(
  nominal: SyntheticNominal,
  random: Random,
  threatType: ThreatType,
  position: number,
): ApmisSocThreatRow {
  const tier = chooseTier(nominal, random, threatType);
  const units = REGIONAL_UNITS[nominal.region];
  const lead =
    nominal.id === WELL_KNOWN_NOMINAL_ID || nominal.nomination !== null;
  return {
    id: formatThreatId(nominal.id, position),
    nominalId: nominal.id,
    threatType,
    threatArea:
      THEMES[
        threatType === 'OCG'
          ? (nominal.criminality.group?.theme ?? nominal.criminality.theme)
          : nominal.criminality.theme
      ].apmisThreatArea,
    morileScore: scoreForTier(random, tier),
    morileConfidence: random.pick(CONFIDENCES),
    tier,
    moderationStatus:
      nominal.nomination !== null ? 'MODERATED' : random.pick(MODERATIONS),
    owningUnit:
      lead || random.chance(0.5) ? units.rocu : random.pick(units.forces),
    phase: choosePhase(nominal, random),
    assessedOn: chooseAssessmentDate(nominal, random),
  };
}

/** Tier 1 for the priority individuals selected onto the cohort. */
function chooseTier(
  nominal: SyntheticNominal,
  random: Random,
  threatType: ThreatType,
): number {
  if (threatType === 'PRIORITY_INDIVIDUAL' && isEverSelected(nominal)) return 1;
  if (nominal.nomination !== null) return 2;
  return random.pick([2, 3, 3]);
}

function scoreForTier(random: Random, tier: number): number {
  const [low, high] = tier === 1 ? [70, 98] : tier === 2 ? [45, 75] : [15, 50];
  return Math.round((low + random.next() * (high - low)) * 10) / 10;
}

/** Active while on the cohort; after deselection the threat may go dormant. */
function choosePhase(nominal: SyntheticNominal, random: Random): ThreatPhase {
  switch (nominal.nomination?.outcome) {
    case 'CURRENT':
    case 'NOT_SELECTED':
    case 'NOT_PUT_FORWARD':
      return 'ACTIVE';
    case 'DESELECTED':
      return random.chance(0.5) ? 'ACTIVE' : 'DORMANT';
    case undefined:
      return random.pick([
        'ACTIVE',
        'ACTIVE',
        'ACTIVE',
        'DORMANT',
        'DORMANT',
        'ARCHIVED',
      ] as const);
  }
}

/** A nominated nominal's threat was assessed before the PSF that considered it. */
function chooseAssessmentDate(
  nominal: SyntheticNominal,
  random: Random,
): string {
  const cycle = nominal.nomination?.cycle;
  if (cycle !== undefined)
    return pickDateBetween(
      random,
      '2020-06-01',
      addDays(findCycleDate(cycle), -1),
    );
  return pickDateBetween(random, '2019-01-01', addDays(EARLY_ADOPTER_END, -1));
}
