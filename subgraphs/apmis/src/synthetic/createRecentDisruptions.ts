import {
  addDays,
  pickDateBetween,
  type Random,
  type SyntheticNominal,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { type ApmisDisruptionRow } from '../repository/ApmisRepository';
import { type FourPCategory } from '../repository/apmisVocabulary';
import { EARLY_ADOPTER_END } from './dates';
import { describeDisruption } from './describeDisruption';
import { formatDisruptionId } from './nominalReferences';

/**
 * The latest day the other agencies' synthetic records reach (HMPPS's
 * snapshot): work on the cohort went on after the Early Adopter Phase.
 */
export const RECENT_UNTIL = '2024-01-31';

type Unnumbered = Omit<ApmisDisruptionRow, 'id'>;

/**
 * NOM-00001 since the Phase: the drone intercepted over HMP Altcourse's fence
 * with handsets for its wing (HMPPS holds the find), and a warrant at an
 * address linked to it.
 */
function createWellKnownRecent(nominalId: string): Unnumbered[] {
  return [
    {
      nominalId,
      date: '2023-07-21',
      leadAgency: 'POLICE',
      supportingAgencies: ['HMPPS'],
      recordingAgency: 'POLICE',
      fourP: 'PURSUE',
      assessment: 'MODERATE',
      description:
        'Warrant executed at an address linked to the subject; cash and controlled drugs seized.',
      marsocFlag: false,
      arrests: 0,
    },
    {
      nominalId,
      date: '2023-10-06',
      leadAgency: 'HMPPS',
      supportingAgencies: ['POLICE'],
      recordingAgency: 'HMPPS',
      fourP: 'PREVENT',
      assessment: 'MINOR',
      description:
        "Drone carrying handsets intercepted before it reached the subject's wing.",
      marsocFlag: false,
      arrests: 0,
    },
  ];
}

function createRecent(nominal: SyntheticNominal, random: Random): Unnumbered {
  const fourP = random.pick<FourPCategory>(['PURSUE', 'PURSUE', 'PREVENT']);
  const wanted = random.chance(0.8) ? 'POLICE' : 'HMPPS';
  const wording = describeDisruption(
    random,
    fourP,
    0,
    nominal.supervision,
    wanted,
  );
  // The lead records its own work when it can (HMPPS has started recording on APMIS, E547).
  const recordingAgency = wording.lead;
  return {
    nominalId: nominal.id,
    date: pickDateBetween(random, addDays(EARLY_ADOPTER_END, 1), RECENT_UNTIL),
    leadAgency: recordingAgency,
    supportingAgencies: [],
    recordingAgency,
    fourP,
    assessment: random.pick(['MINOR', 'MINOR', 'MODERATE'] as const),
    description: wording.description,
    marsocFlag: false,
    arrests: 0,
  };
}

/**
 * Disruptions recorded against the current cohort since the Early Adopter
 * Phase ended. None is flagged to the Phase (marsocFlag false), so the
 * Phase's calibrated figures (307 disruptions, 41 arrests, seed 000 E545-E549)
 * stand. Numbered after the nominal's `earlier` disruptions, in date order.
 */
export function createRecentDisruptions(
  nominal: SyntheticNominal,
  random: Random,
  earlier: number,
): ApmisDisruptionRow[] {
  if (nominal.nomination?.outcome !== 'CURRENT') return [];
  const recent =
    nominal.id === WELL_KNOWN_NOMINAL_ID
      ? createWellKnownRecent(nominal.id)
      : Array.from({ length: random.integer(0, 2) }, () =>
          createRecent(nominal, random),
        );
  return recent
    .sort((left, right) => left.date.localeCompare(right.date))
    .map((row, index) => ({
      id: formatDisruptionId(nominal.id, earlier + index + 1),
      ...row,
    }));
}
