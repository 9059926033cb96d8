import { Agency } from '@marsoc/schema';
import { type ApmisDisruptionRow } from './ApmisRepository';

/** A disruption's columns, named as its row's fields (`FROM apmis_disruption`). */
export const DISRUPTION_COLUMNS = `id, nominal_id AS "nominalId", disrupted_on AS "date", lead_agency AS "leadAgency",
  supporting_agencies AS "supportingAgencies", recording_agency AS "recordingAgency",
  four_p AS "fourP", assessment, description, marsoc_flag AS "marsocFlag", arrests`;

/** A disruption as stored: supporting agencies as JSON, the MARSOC flag as 0/1. */
export type StoredDisruption = Omit<
  ApmisDisruptionRow,
  'supportingAgencies' | 'marsocFlag'
> & { supportingAgencies: string; marsocFlag: number };

/** The row as read; an agency the vocabulary does not know is dropped, not passed on. */
export function readStoredDisruption(
  stored: StoredDisruption,
): ApmisDisruptionRow {
  const agencies: unknown = JSON.parse(stored.supportingAgencies);
  return {
    ...stored,
    supportingAgencies: Array.isArray(agencies)
      ? agencies.filter(Agency.is)
      : [],
    marsocFlag: stored.marsocFlag === 1,
  };
}
