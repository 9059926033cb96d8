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

/** The PSF date of a cycle; a cycle after the sixth ends with the phase. */
export function findCycleDate(cycle: number): string {
  return CYCLE_DATES[cycle - 1] ?? EARLY_ADOPTER_END;
}
