import { type Random } from '@marsoc/platform';

/**
 * The PSF dates of the six Early Adopter meeting cycles. Seed 000 E743 gives only
 * "six cycles, March 2021 to March 2022, six to eight weeks apart"; the days are
 * project-defined.
 */
export const CYCLE_DATES = [
  '2021-03-22',
  '2021-05-17',
  '2021-07-12',
  '2021-09-06',
  '2021-11-01',
  '2022-01-10',
] as const;

/** The monitoring snapshot that closes the Early Adopter Phase (seed 000 E1101). */
export const EARLY_ADOPTER_END = '2022-03-31';

const DAY_MS = 24 * 60 * 60 * 1000;

// Seeding asks for the same few bounds hundreds of thousands of times.
const parsedDays = new Map<string, number>();

function readEpochDay(date: string): number {
  let day = parsedDays.get(date);
  if (day === undefined) {
    day = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    parsedDays.set(date, day);
  }
  return day;
}

/** The PSF date of a cycle; a cycle after the sixth ends with the phase. */
export function findCycleDate(cycle: number): string {
  return CYCLE_DATES[cycle - 1] ?? EARLY_ADOPTER_END;
}

/** A day from `from` (inclusive) to `to` (exclusive), as `YYYY-MM-DD`. */
export function pickDateBetween(
  random: Random,
  from: string,
  to: string,
): string {
  const start = readEpochDay(from);
  const days = Math.max(1, readEpochDay(to) - start);
  return new Date((start + random.integer(0, days - 1)) * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** `date` moved by `days` (negative for earlier), as `YYYY-MM-DD`. */
export function shiftDays(date: string, days: number): string {
  return new Date((readEpochDay(date) + days) * DAY_MS)
    .toISOString()
    .slice(0, 10);
}
