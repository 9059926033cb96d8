import { Agency } from '@marsoc/schema';
import { type ApmisDisruptionRow } from './ApmisRepository';
import { toColumnList } from './toColumnList';

/** The columns read as the stored row's fields, as a Kysely selection: Kysely quotes the aliases, so PostgreSQL keeps their case. */
export const DISRUPTION_SELECTION = [
  'id',
  'nominal_id as nominalId',
  'disrupted_on as date',
  'lead_agency as leadAgency',
  'supporting_agencies as supportingAgencies',
  'recording_agency as recordingAgency',
  'four_p as fourP',
  'assessment',
  'description',
  'marsoc_flag as marsocFlag',
  'arrests',
] as const;

/** A disruption's columns, named as its row's fields (`FROM apmis_disruption`). */
export const DISRUPTION_COLUMNS = toColumnList(DISRUPTION_SELECTION);

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
