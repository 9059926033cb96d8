import {
  type CustodyDates,
  type CustodyFacts,
  HELD_IN_PRISON_STATUSES,
  type Random,
  type SyntheticNominal,
} from '@marsoc/platform';
import { type PrisonCustodyStatus } from '../repository/codes';
import {
  type PrisonCustodyRow,
  type PrisonMovementRow,
} from '../repository/HmppsRepository';
import { createCustodyJourney, type Stay } from './createCustodyJourney';

/** One nominal's prison record with what the other generators build on. */
export interface CustodyRecords {
  custody: PrisonCustodyRow;
  movements: PrisonMovementRow[];
  stays: Stay[];
  dates: CustodyDates;
}

/** Statuses in which the nominal is inside a prison on the snapshot day. */
export const HELD_IN_PRISON: ReadonlySet<PrisonCustodyStatus> =
  HELD_IN_PRISON_STATUSES;

/**
 * The prison record of the custodial episode the shared population plans
 * (status, dates, sentence, court and establishment), so that the sentence
 * here is the one police hold as a conviction and the establishment the one
 * intelligence names (issue 16 point 8).
 */
export function createCustodyRecords(
  random: Random,
  nominal: SyntheticNominal,
  prisonNumber: string,
  facts: CustodyFacts,
): CustodyRecords {
  const { dates, sentence } = facts;
  const journey = createCustodyJourney(random, nominal, facts);
  const custody: PrisonCustodyRow = {
    nominalId: nominal.id,
    prisonNumber,
    status: facts.status,
    establishment: facts.establishment,
    establishmentRegion: facts.establishmentRegion,
    securityCategory: facts.securityCategory,
    receptionDate: dates.receptionDate,
    earliestReleaseDate: dates.earliestReleaseDate,
    licenceExpiryDate: dates.licenceExpiryDate,
    sentence:
      sentence === null
        ? null
        : {
            nominalId: nominal.id,
            offence: sentence.offence,
            lengthInMonths: sentence.lengthInMonths,
            sentenceDate: sentence.sentenceDate,
            sentencingCourt: sentence.court,
          },
  };
  return { custody, movements: journey.movements, stays: journey.stays, dates };
}
