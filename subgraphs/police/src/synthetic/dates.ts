import { addYears } from '@marsoc/platform';

/**
 * The "today" of the synthetic records: fixed, so the same seed gives the same
 * store whenever it is built. It follows the Early Adopter Phase (March 2021 to
 * March 2022, seed 000 E188) by two years.
 */
export const RECORDS_AS_AT = '2024-03-31';

/** The earliest date police would hold adult records for someone born on `dateOfBirth`. */
export function startOfRecordFor(dateOfBirth: string): string {
  return addYears(dateOfBirth, 16);
}
