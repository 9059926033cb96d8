import { type Random } from '@marsoc/platform';

/**
 * The "today" of the synthetic records: fixed, so the same seed gives the same
 * store whenever it is built. It follows the Early Adopter Phase (March 2021 to
 * March 2022, seed 000 E188) by two years.
 */
export const RECORDS_AS_AT = '2024-03-31';

// Seeding 10^5 nominals makes millions of date picks; Date objects and
// toISOString made up most of the seeding time, so days are counted by hand
// (the proleptic Gregorian calendar, days since 1970-01-01). floor is held
// locally because a global lookup inside jest's sandbox costs far more than the
// arithmetic.
const floor = Math.floor;

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
}

function toDayNumber(isoDate: string): number {
  const year = +isoDate.slice(0, 4);
  const month = +isoDate.slice(5, 7);
  const day = +isoDate.slice(8, 10);
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear =
    floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(dayNumber: number): string {
  const shifted = dayNumber + 719468;
  const era = floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = floor(
    (dayOfEra -
      floor(dayOfEra / 1460) +
      floor(dayOfEra / 36524) -
      floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra -
    (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const shiftedMonth = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** A date uniformly between two ISO dates (inclusive); the later wins if they cross. */
export function pickDateBetween(
  random: Random,
  from: string,
  to: string,
): string {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (end <= start) return from;
  return fromDayNumber(random.integer(start, end));
}

/** The ISO date `years` after `isoDate` (29 February falls to 1 March). */
export function addYears(isoDate: string, years: number): string {
  const shifted = `${+isoDate.slice(0, 4) + years}${isoDate.slice(4)}`;
  return fromDayNumber(toDayNumber(shifted));
}

/** The ISO date `days` after `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(toDayNumber(isoDate) + days);
}

/** The later of two ISO dates. */
export function laterOf(left: string, right: string): string {
  return left > right ? left : right;
}

/** The earliest date police would hold adult records for someone born on `dateOfBirth`. */
export function startOfRecordFor(dateOfBirth: string): string {
  return addYears(dateOfBirth, 16);
}

/** Sorts ISO dates newest first (plain comparison: ISO dates sort as strings). */
export function compareNewestFirst(left: string, right: string): number {
  return left < right ? 1 : left > right ? -1 : 0;
}
