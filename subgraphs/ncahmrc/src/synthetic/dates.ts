import { type Random } from '@marsoc/platform';

/**
 * The synthetic records are "as at" the 2024-25 tax year: fixed, so the seed is
 * the same whenever it runs.
 */
export const LATEST_TAX_YEAR_START = 2023;
export const LATEST_YEAR = 2024;

/** An ISO date; days stop at 28 so every month is valid. */
export function formatDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date between 1 January `fromYear` and 28 December `toYear`. */
export function pickDate(
  random: Random,
  fromYear: number,
  toYear: number,
): string {
  return formatDate(
    random.integer(fromYear, toYear),
    random.integer(1, 12),
    random.integer(1, 28),
  );
}

/** HMRC writes a tax year as 2022-23. */
export function formatTaxYear(startYear: number): string {
  return `${startYear}-${String(startYear + 1).slice(2)}`;
}

/** A string of `length` random digits. */
export function pickDigits(random: Random, length: number): string {
  let digits = '';
  for (let index = 0; index < length; index += 1)
    digits += String(random.integer(0, 9));
  return digits;
}
