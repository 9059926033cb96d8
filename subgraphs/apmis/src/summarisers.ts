import { type Summarisers } from '@marsoc/platform';

/** The line a SUMMARY caller sees in place of a disruption's free text. */
export const SANITISED_DISRUPTION_LINE =
  'A disruption was recorded on APMIS; the recording agency holds the detail.';

/**
 * SUMMARY forms of APMIS scalars. Any scalar not listed here is withheld at
 * SUMMARY (fail closed). Free text is never cut down: it is replaced.
 */
export const summarisers: Summarisers = {
  'ApmisNominalRecord.dateOfBirth': (value) =>
    typeof value === 'string' && /^\d{4}-/.test(value)
      ? value.slice(0, 4)
      : null,
  'ApmisDisruption.description': (value) =>
    typeof value === 'string' ? SANITISED_DISRUPTION_LINE : null,
};
