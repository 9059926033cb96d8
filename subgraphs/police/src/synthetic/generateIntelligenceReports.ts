import {
  addYears,
  compareNewestFirst,
  type CriminalityTheme,
  laterOf,
  pickDateBetween,
  type Random,
  type SyntheticNominal,
} from '@marsoc/platform';
import {
  type Agency,
  type IntelligenceAssessment,
  type SourceEvaluation,
} from '@marsoc/schema';
import { type PoliceIntelligenceReportRecord } from '../repository/PoliceRepository';
import { RECORDS_AS_AT, startOfRecordFor } from './dates';
import {
  HMPPS_THEMES,
  type IntelligenceTheme,
  POLICE_THEMES,
  type ReportFacts,
} from './intelligenceThemes';
import { forceCodeOf } from './places';
import { pickReportHandling, type ReportHandling } from './pickReportHandling';

// Weighted draws: most sources are untested or reliable, most intelligence B or C.
// prettier-ignore
const SOURCE_EVALUATIONS: readonly SourceEvaluation[] = ['1', '1', '1', '2', '2', '2', '2', '2', '3', '3'];
// prettier-ignore
const ASSESSMENTS: readonly IntelligenceAssessment[] = ['A', 'A', 'B', 'B', 'B', 'C', 'C', 'C', 'D', 'E'];
// prettier-ignore
const OPERATIONS = ['Teacup', 'Pinecone', 'Wickerbasket', 'Marmalade', 'Bluebottle', 'Thimble'] as const;

/** Intelligence older than this is rarely still held against a current nominal (MoPI review). */
const INTELLIGENCE_WINDOW_YEARS = 8;

function describeSource(
  random: Random,
  nominal: SyntheticNominal,
  handling: ReportHandling,
  facts: ReportFacts,
): string {
  if (handling.originatorAgency === 'HMPPS') {
    return random.chance(0.5)
      ? `A fellow prisoner on ${facts.wing} wing, reporting to the ${facts.prison} security department.`
      : `Authorised monitoring of the subject's PIN phone calls at ${facts.prison}.`;
  }
  const force = nominal.homeForce;
  return random.pick([
    `CHIS ${forceCodeOf(nominal.region)}-${random.integer(1000, 9999)}, handled by the ${force} Dedicated Source Unit; a close associate with direct access to the subject.`,
    `Product of a covert technical deployment, Operation ${random.pick(OPERATIONS)}.`,
    `Test purchase officer deployed by ${force}.`,
  ]);
}

function createReference(
  random: Random,
  nominal: SyntheticNominal,
  originator: Agency,
  date: string,
): string {
  const year = date.slice(0, 4);
  return originator === 'HMPPS'
    ? `HMPPS/IR/${year}/${random.integer(1000000, 9999999)}`
    : `IR/${forceCodeOf(nominal.region)}/${year}/${random.integer(100000, 999999)}`;
}

function composeReport(
  random: Random,
  nominal: SyntheticNominal,
  facts: ReportFacts,
  handling: ReportHandling,
  theme: IntelligenceTheme,
): PoliceIntelligenceReportRecord {
  const windowStart = laterOf(
    laterOf(
      startOfRecordFor(nominal.dateOfBirth),
      addYears(RECORDS_AS_AT, -INTELLIGENCE_WINDOW_YEARS),
    ),
    // Prison intelligence dates from the custodial episode it speaks of.
    handling.originatorAgency === 'HMPPS'
      ? (nominal.custody?.dates.receptionDate ?? '')
      : '',
  );
  const dateRecorded = pickDateBetween(random, windowStart, RECORDS_AS_AT);
  // A SECRET report, or one whose source must be sanitised, always names its source.
  const protectsSource = handling.handlingConditions.some(
    (condition) => condition.kind === 'SANITISE_SOURCE',
  );
  const hasSourceDetails =
    handling.classification === 'SECRET' ||
    protectsSource ||
    random.chance(0.5);
  return {
    nominalId: nominal.id,
    reference: createReference(
      random,
      nominal,
      handling.originatorAgency,
      dateRecorded,
    ),
    dateRecorded,
    sourceEvaluation: random.pick(SOURCE_EVALUATIONS),
    intelligenceAssessment: random.pick(ASSESSMENTS),
    ...handling,
    text: theme.text(facts),
    sanitisedSummary: theme.summary(facts),
    sourceDetails: hasSourceDetails
      ? describeSource(random, nominal, handling, facts)
      : null,
  };
}

/**
 * Each originator's themes in a shuffled order, so one record rarely tells a
 * story twice; police reports describe the nominal's own criminality first,
 * the business APMIS and the NCA record too (issue 16 point 8).
 */
function createThemePicker(
  random: Random,
  criminality: CriminalityTheme,
): (originator: Agency) => IntelligenceTheme {
  const describes = (theme: IntelligenceTheme) =>
    theme.criminality.includes(criminality);
  const shuffled = {
    POLICE: [
      ...random.shuffle(POLICE_THEMES.filter(describes)),
      ...random.shuffle(POLICE_THEMES.filter((theme) => !describes(theme))),
    ],
    HMPPS: random.shuffle(HMPPS_THEMES),
  };
  const used = { POLICE: 0, HMPPS: 0 };
  return (originator) => {
    const source = originator === 'HMPPS' ? 'HMPPS' : 'POLICE';
    const themes = shuffled[source];
    const theme = themes[used[source] % themes.length] ?? random.pick(themes);
    used[source] += 1;
    return theme;
  };
}

/** `required` handlings first (the well-known nominal's), then random ones; newest first. */
export function generateIntelligenceReports(
  random: Random,
  nominal: SyntheticNominal,
  facts: ReportFacts,
  count: number,
  required: readonly ReportHandling[] = [],
): PoliceIntelligenceReportRecord[] {
  const handlings = [...required];
  while (handlings.length < count)
    handlings.push(pickReportHandling(random, nominal));
  const pickTheme = createThemePicker(random, nominal.criminality.theme);
  return handlings
    .map((handling) =>
      composeReport(
        random,
        nominal,
        facts,
        handling,
        pickTheme(handling.originatorAgency),
      ),
    )
    .sort((left, right) =>
      compareNewestFirst(left.dateRecorded, right.dateRecorded),
    );
}
