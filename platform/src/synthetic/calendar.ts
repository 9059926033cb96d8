import { type Random } from './random';

/**
 * The day the synthetic HMPPS picture is taken on. Fixed, so the same seed
 * gives the same records on any day: custody and release dates are generated
 * around it rather than around the clock.
 */
export const SNAPSHOT_DATE = '2024-01-31';

const DAY_MS = 86_400_000;

// The synthetic records' calendar: ISO dates (YYYY-MM-DD) in UTC, the same
// for every subgraph's generators. Seeding 10^5 nominals makes millions of
// date steps over some tens of thousands of distinct days: caching both
// directions keeps Date out of the hot path.
const dayNumbers = new Map<string, number>();
const isoDates = new Map<number, string>();

function toDayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day =
      Date.UTC(
        Number(date.slice(0, 4)),
        Number(date.slice(5, 7)) - 1,
        Number(date.slice(8, 10)),
      ) / DAY_MS;
    dayNumbers.set(date, day);
  }
  return day;
}

function fromDayNumber(day: number): string {
  let date = isoDates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDates.set(day, date);
  }
  return date;
}

/** `date` moved by `days` (negative for earlier). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar months later; a day past the month's end rolls into the next month. */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  return fromDayNumber(
    Date.UTC(year, month, Number(date.slice(8, 10))) / DAY_MS,
  );
}

/** Calendar years later; 29 February falls to 1 March in a common year. */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** A day from `from` to `to`, both included (`from` itself when the span is empty). */
export function pickDateBetween(
  random: Random,
  from: string,
  to: string,
): string {
  return addDays(from, random.integer(0, Math.max(0, daysBetween(from, to))));
}

export function earlierOf(a: string, b: string): string {
  return a <= b ? a : b;
}

export function laterOf(a: string, b: string): string {
  return a >= b ? a : b;
}

/** Orders ISO dates newest first (they sort as strings). */
export function compareNewestFirst(left: string, right: string): number {
  return left < right ? 1 : left > right ? -1 : 0;
}
