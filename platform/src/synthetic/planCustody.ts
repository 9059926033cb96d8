import { type Region, Region as Regions } from '@marsoc/schema';
import { CROWN_COURTS } from './crownCourts';
import { addMonths } from './calendar';
import { THEMES, type CriminalityTheme } from './criminality';
import {
  pickPrisonEstablishment,
  pickReceptionPrison,
  pickSecurityCategory,
  receptionCategory,
  releaseCategory,
} from './pickPrison';
import {
  type CustodyDates,
  type CustodyStatus,
  planCustodyDates,
} from './planCustodyDates';
import { type PrisonCategory } from './prisonEstate';
import { type Random } from './random';

/** A custodial sentence as the court passed it: HMPPS serves it, the PNC records the conviction. */
export interface CustodialSentence {
  offence: string;
  lengthInMonths: number;
  sentenceDate: string;
  court: string;
}

/**
 * A nominal's standing with the prison service on the snapshot day, shared so
 * that HMPPS's record, police convictions and intelligence, and APMIS's
 * disruptions agree on it (issue 16 point 8).
 */
export interface CustodyFacts {
  status: CustodyStatus;
  dates: CustodyDates;
  /** The Crown Court that remanded or sentenced them. */
  court: string;
  /** Where they are held now, or the establishment they were released from. */
  establishment: string;
  establishmentRegion: Region;
  /** The category they are held (or were released) under. */
  securityCategory: PrisonCategory;
  /** Null on remand: no sentence yet. */
  sentence: CustodialSentence | null;
}

export interface CustodySubject {
  dateOfBirth: string;
  gender: 'MALE' | 'FEMALE';
  region: Region;
  supervision: 'CUSTODY' | 'PROBATION' | 'NONE';
  theme: CriminalityTheme;
}

/** Statuses in which the nominal is inside a prison on the snapshot day. */
export const HELD_IN_PRISON_STATUSES: ReadonlySet<CustodyStatus> = new Set([
  'IN_CUSTODY',
  'RECALLED',
  'REMAND',
]);

/**
 * The status a nominal's supervision (seed 000 E419: custody, probation, none)
 * implies: in prison, mostly serving, some recalled (a disruption, E549) or on
 * remand; under probation, released on licence or, after a short sentence, on
 * post-sentence supervision.
 */
function chooseStatus(
  random: Random,
  supervision: CustodySubject['supervision'],
): CustodyStatus {
  if (supervision === 'CUSTODY') {
    const roll = random.next();
    return roll < 0.85 ? 'IN_CUSTODY' : roll < 0.93 ? 'RECALLED' : 'REMAND';
  }
  return random.chance(0.8) ? 'RELEASED_ON_LICENCE' : 'RELEASED';
}

/** Most prisoners stay in their home region; some are moved across regions (seed 000 E573). */
function pickServingEstablishment(
  random: Random,
  category: PrisonCategory,
  home: Region,
) {
  const region = random.chance(0.8) ? home : random.pick(Regions.values);
  return pickPrisonEstablishment(random, category, region);
}

/** Attempts at dates that start after the nominal's 18th birthday before settling for remand. */
const DATE_ATTEMPTS = 20;

/**
 * The episode's status and dates, beginning once the nominal is an adult
 * (a young adult cannot have served most of a long sentence already); one too
 * young for every draw is on remand, or after a short sentence under
 * supervision, both of which began recently.
 */
function planAdultEpisode(
  random: Random,
  supervision: CustodySubject['supervision'],
  dateOfBirth: string,
): { status: CustodyStatus; dates: CustodyDates } {
  const status = chooseStatus(random, supervision);
  const adult = addMonths(dateOfBirth, 18 * 12);
  for (let attempt = 0; attempt < DATE_ATTEMPTS; attempt += 1) {
    const dates = planCustodyDates(random, status);
    if (dates.receptionDate >= adult) return { status, dates };
  }
  const recent: CustodyStatus =
    supervision === 'CUSTODY' ? 'REMAND' : 'RELEASED';
  return { status: recent, dates: planCustodyDates(random, recent) };
}

/** A nominal with a prison history's custodial episode; null for one under no supervision. */
export function planCustody(
  random: Random,
  subject: CustodySubject,
): CustodyFacts | null {
  if (subject.supervision === 'NONE') return null;
  const { status, dates } = planAdultEpisode(
    random,
    subject.supervision,
    subject.dateOfBirth,
  );
  const court = random.pick(CROWN_COURTS[subject.region]);
  const { gender, region } = subject;
  const held =
    status === 'IN_CUSTODY'
      ? pickSecurityCategory(random, gender)
      : status === 'REMAND' || status === 'RECALLED'
        ? receptionCategory(gender)
        : releaseCategory(random, gender);
  const establishment =
    status === 'REMAND' || status === 'RECALLED'
      ? pickReceptionPrison(random, gender, region)
      : pickServingEstablishment(random, held, region);
  const sentence =
    dates.sentenceMonths !== null && dates.sentenceDate !== null
      ? {
          offence: random.pick(THEMES[subject.theme].indexOffences),
          lengthInMonths: dates.sentenceMonths,
          sentenceDate: dates.sentenceDate,
          court,
        }
      : null;
  return {
    status,
    dates,
    court,
    establishment: establishment.name,
    establishmentRegion: establishment.region,
    securityCategory: held,
    sentence,
  };
}

/**
 * NOM-00001: a category B prisoner at HMP Altcourse, sentenced at Liverpool
 * Crown Court to 12 years 6 months for a Class A supply conspiracy (HMPPS's
 * hand-written record of it says the same).
 */
export const WELL_KNOWN_CUSTODY: CustodyFacts = {
  status: 'IN_CUSTODY',
  dates: {
    receptionDate: '2021-02-12',
    sentenceMonths: 150,
    sentenceDate: '2021-11-19',
    releasedOn: null,
    recalledOn: null,
    earliestReleaseDate: '2027-05-12',
    licenceExpiryDate: '2033-08-12',
  },
  court: 'Liverpool Crown Court',
  establishment: 'HMP Altcourse',
  establishmentRegion: 'NORTH_WEST',
  securityCategory: 'CATEGORY_B',
  sentence: {
    offence: 'Conspiracy to supply a controlled drug of Class A (cocaine)',
    lengthInMonths: 150,
    sentenceDate: '2021-11-19',
    court: 'Liverpool Crown Court',
  },
};
