import {
  addDays,
  pickDateBetween,
  type Random,
  type SyntheticNominal,
} from '@marsoc/platform';
import { type Agency } from '@marsoc/schema';
import { type ApmisDisruptionRow } from '../repository/ApmisRepository';
import {
  type DisruptionAssessment,
  type FourPCategory,
} from '../repository/apmisVocabulary';
import { EARLY_ADOPTER_END, findCycleDate } from './dates';
import { isEverSelected } from './createSeededNomination';
import { describeDisruption } from './describeDisruption';
import { formatDisruptionId } from './nominalReferences';
import { type PlannedDisruption } from './planMarsocDisruptions';

type Unnumbered = Omit<ApmisDisruptionRow, 'id'>;

/**
 * Partners named as supporting a disruption. The NCA and HMRC are left out: their
 * part in an operation is theirs to disclose (seed 000 E404-E407), and APMIS must
 * not reveal it for them.
 */
const SUPPORTING_PARTNERS: readonly Agency[] = ['POLICE', 'HMPPS', 'DWP'];

/**
 * A nominal's disruptions: its planned MARSOC ones, dated while it was on the
 * cohort, and local ones not recorded against MARSOC (marsocFlag false), which
 * MARSOC reporting excludes: the under-reporting of seed 000 E547. Numbered in
 * date order.
 */
export function createDisruptions(
  nominal: SyntheticNominal,
  planned: readonly PlannedDisruption[],
  random: Random,
): ApmisDisruptionRow[] {
  const window = findCohortWindow(nominal);
  const marsoc = planned.map((plan) =>
    createRecord(nominal, random, { ...plan, marsocFlag: true }, window),
  );
  const local = planLocalDisruptions(nominal, random).map((plan) =>
    createRecord(
      nominal,
      random,
      plan,
      window ?? ['2020-01-01', EARLY_ADOPTER_END],
    ),
  );
  return [...marsoc, ...local]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((row, index) => ({
      id: formatDisruptionId(nominal.id, index + 1),
      ...row,
    }));
}

/** From the PSF that selected the nominal to the one that deselected them, or the phase's end. */
function findCohortWindow(nominal: SyntheticNominal): [string, string] | null {
  const nomination = nominal.nomination;
  if (nomination === null || !isEverSelected(nominal)) return null;
  const end =
    nomination.deselectedCycle === null
      ? EARLY_ADOPTER_END
      : findCycleDate(nomination.deselectedCycle);
  return [findCycleDate(nomination.cycle), end];
}

/** Some cohort work goes unflagged; other nominals now and then meet local action. */
function planLocalDisruptions(
  nominal: SyntheticNominal,
  random: Random,
): (PlannedDisruption & { marsocFlag: false })[] {
  const count = isEverSelected(nominal)
    ? random.chance(0.3)
      ? 1
      : 0
    : random.chance(0.05)
      ? random.integer(1, 2)
      : 0;
  return Array.from({ length: count }, () => {
    const fourP = random.pick<FourPCategory>([
      'PURSUE',
      'PURSUE',
      'PURSUE',
      'PREVENT',
      'PROTECT',
    ]);
    const assessment = random.pick<DisruptionAssessment>([
      'MINOR',
      'MINOR',
      'MINOR',
      'MODERATE',
      'NO_IMPACT',
    ]);
    const arrests = fourP === 'PURSUE' && random.chance(0.2) ? 1 : 0;
    return {
      fourP,
      assessment,
      arrests,
      recordingAgency: 'POLICE',
      marsocFlag: false,
    };
  });
}

function createRecord(
  nominal: SyntheticNominal,
  random: Random,
  plan: PlannedDisruption & { marsocFlag: boolean },
  window: [string, string] | null,
): Unnumbered {
  const [from, to] = window ?? ['2021-03-22', EARLY_ADOPTER_END];
  // What HMPPS records is work HMPPS did and leads (seed 000 E547: relocations, cell searches).
  const wording = describeDisruption(
    random,
    plan.fourP,
    plan.arrests,
    nominal.supervision,
    plan.recordingAgency === 'HMPPS' ? 'HMPPS' : undefined,
  );
  const leadAgency: Agency = wording.lead;
  const supporting = SUPPORTING_PARTNERS.filter(
    (agency) => agency !== leadAgency && random.chance(0.35),
  );
  return {
    nominalId: nominal.id,
    // From the first day of the window to the day before its end.
    date: pickDateBetween(random, from, addDays(to, -1)),
    leadAgency,
    supportingAgencies: supporting,
    recordingAgency: plan.recordingAgency,
    fourP: plan.fourP,
    assessment: plan.assessment,
    description: wording.description,
    marsocFlag: plan.marsocFlag,
    arrests: plan.arrests,
  };
}
