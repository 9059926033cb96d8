import { type Random, type SyntheticNominal } from '@marsoc/platform';
import {
  type PoliceArrestOutcome,
  type PoliceArrestRow,
  type PoliceConvictionRow,
} from '../PoliceRepository';
import {
  compareNewestFirst,
  pickDateBetween,
  RECORDS_AS_AT,
  startOfRecordFor,
} from './dates';
import { type Offence, OFFENCES, pickDisposal } from './offences';
import { forceCodeOf, forceOf, pickCourt } from './places';

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

export function generateConvictions(
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
      arrestingForce: forceOf(nominal.region),
      outcome: random.pick(ARREST_OUTCOMES),
    };
  });
}
