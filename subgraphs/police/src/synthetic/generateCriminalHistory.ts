import {
  compareNewestFirst,
  type CustodialSentence,
  INDEX_OFFENCE_CATEGORIES,
  pickDateBetween,
  type Random,
  type SyntheticNominal,
} from '@marsoc/platform';
import {
  type PoliceArrestOutcome,
  type PoliceArrestRow,
  type PoliceConvictionRow,
} from '../repository/PoliceRepository';
import { RECORDS_AS_AT, startOfRecordFor } from './dates';
import { type Offence, OFFENCES, pickDisposal } from './offences';
import { forceCodeOf, pickCourt } from './places';

const DRUG_OFFENCES = OFFENCES.filter(
  (offence) => offence.category === 'DRUGS',
);

// prettier-ignore
const ARREST_OUTCOMES: readonly PoliceArrestOutcome[] = [
  'CHARGED', 'CHARGED', 'CHARGED', 'RELEASED_UNDER_INVESTIGATION', 'BAILED', 'NO_FURTHER_ACTION', 'CAUTIONED',
];

/** Drug supply is the commonest SOC business, so it dominates the records. */
function pickOffence(random: Random): Offence {
  return random.chance(0.45)
    ? random.pick(DRUG_OFFENCES)
    : random.pick(OFFENCES);
}

/** `count` sorted dates in the nominal's adult life, most recent first. */
function pickDatesNewestFirst(
  random: Random,
  nominal: SyntheticNominal,
  count: number,
): string[] {
  const from = startOfRecordFor(nominal.dateOfBirth);
  const dates = Array.from({ length: count }, () =>
    pickDateBetween(random, from, RECORDS_AS_AT),
  );
  return dates.sort(compareNewestFirst);
}

/** "Imprisonment 12 years 6 months", the way a court register words a term. */
export function describeCustodialTerm(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [
    years > 0 ? `${years} year${years === 1 ? '' : 's'}` : null,
    rest > 0 ? `${rest} month${rest === 1 ? '' : 's'}` : null,
  ].filter((part) => part !== null);
  return `Imprisonment ${parts.join(' ')}`;
}

/** The conviction behind the custodial sentence HMPPS holds: same offence, day, court and term. */
function convictionFor(
  nominal: SyntheticNominal,
  sentence: CustodialSentence,
): PoliceConvictionRow {
  return {
    nominalId: nominal.id,
    convictedOn: sentence.sentenceDate,
    offence: sentence.offence,
    offenceCategory: INDEX_OFFENCE_CATEGORIES[sentence.offence] ?? 'DRUGS',
    court: sentence.court,
    disposal: describeCustodialTerm(sentence.lengthInMonths),
  };
}

/**
 * `count` earlier or lesser convictions, and the one behind the nominal's
 * custodial sentence when they have one (issue 16 point 8: a sentence HMPPS
 * holds is among the police convictions); newest first.
 */
export function generateConvictions(
  random: Random,
  nominal: SyntheticNominal,
  count: number,
): PoliceConvictionRow[] {
  const others = generateOtherConvictions(random, nominal, count);
  const sentence = nominal.custody?.sentence;
  if (!sentence) return others;
  return [convictionFor(nominal, sentence), ...others].sort((left, right) =>
    compareNewestFirst(left.convictedOn, right.convictedOn),
  );
}

function generateOtherConvictions(
  random: Random,
  nominal: SyntheticNominal,
  count: number,
): PoliceConvictionRow[] {
  return pickDatesNewestFirst(random, nominal, count).map((convictedOn) => {
    const offence = pickOffence(random);
    return {
      nominalId: nominal.id,
      convictedOn,
      offence: offence.wording,
      offenceCategory: offence.category,
      court: pickCourt(random, nominal.region, offence.indictable),
      disposal: pickDisposal(random, offence),
    };
  });
}

export function generateArrests(
  random: Random,
  nominal: SyntheticNominal,
  count: number,
): PoliceArrestRow[] {
  return pickDatesNewestFirst(random, nominal, count).map((arrestedOn) => {
    const offence = pickOffence(random);
    return {
      nominalId: nominal.id,
      custodyReference: `${forceCodeOf(nominal.region)}/${arrestedOn.slice(2, 4)}/${random.integer(100000, 999999)}`,
      arrestedOn,
      offence: offence.wording,
      offenceCategory: offence.category,
      arrestingForce: nominal.homeForce,
      outcome: random.pick(ARREST_OUTCOMES),
    };
  });
}
