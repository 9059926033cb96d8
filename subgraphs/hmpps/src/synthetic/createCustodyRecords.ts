import { type Random, type SyntheticNominal } from '@marsoc/platform';
import { type PrisonCustodyStatus } from '../repository/codes';
import {
  type PrisonCustodyRow,
  type PrisonMovementRow,
} from '../repository/HmppsRepository';
import { OFFENCE_WORDINGS } from '../reference/offences';
import { createCustodyJourney, type Stay } from './createCustodyJourney';
import { type CustodyDates, planCustodyDates } from './planCustodyDates';

/** One nominal's prison record with what the other generators build on. */
export interface CustodyRecords {
  custody: PrisonCustodyRow;
  movements: PrisonMovementRow[];
  stays: Stay[];
  dates: CustodyDates;
}

/** Statuses in which the nominal is inside a prison on the snapshot day. */
export const HELD_IN_PRISON: ReadonlySet<PrisonCustodyStatus> = new Set([
  'IN_CUSTODY',
  'RECALLED',
  'REMAND',
]);

/**
 * The status a nominal's supervision (seed 000 E419: custody, probation, none)
 * implies: in prison, mostly serving, some recalled (a disruption, E549) or on
 * remand; under probation and with a prison number, released on licence or,
 * after a short sentence, on post-sentence supervision; otherwise no record.
 */
export function chooseCustodyStatus(
  random: Random,
  nominal: SyntheticNominal,
): PrisonCustodyStatus | null {
  if (nominal.prisonNumber === null) return null;
  if (nominal.supervision === 'CUSTODY') {
    const roll = random.next();
    return roll < 0.85 ? 'IN_CUSTODY' : roll < 0.93 ? 'RECALLED' : 'REMAND';
  }
  if (nominal.supervision === 'PROBATION')
    return random.chance(0.8) ? 'RELEASED_ON_LICENCE' : 'RELEASED';
  return null;
}

export function createCustodyRecords(
  random: Random,
  nominal: SyntheticNominal,
  prisonNumber: string,
  status: PrisonCustodyStatus,
): CustodyRecords {
  const dates = planCustodyDates(random, status);
  const journey = createCustodyJourney(random, nominal, status, dates);
  const court = journey.movements[0]?.fromLocation ?? '';
  const offence = random.pick(OFFENCE_WORDINGS);
  const custody: PrisonCustodyRow = {
    nominalId: nominal.id,
    prisonNumber,
    status,
    establishment: journey.establishment.name,
    establishmentRegion: journey.establishment.region,
    securityCategory: journey.securityCategory,
    receptionDate: dates.receptionDate,
    earliestReleaseDate: dates.earliestReleaseDate,
    licenceExpiryDate: dates.licenceExpiryDate,
    sentence:
      dates.sentenceMonths !== null && dates.sentenceDate !== null
        ? {
            nominalId: nominal.id,
            offence,
            lengthInMonths: dates.sentenceMonths,
            sentenceDate: dates.sentenceDate,
            sentencingCourt: court,
          }
        : null,
  };
  return { custody, movements: journey.movements, stays: journey.stays, dates };
}
