import { Agency } from '@marsoc/schema';
import {
  type CohortTransferRow,
  type DisruptionRecordRow,
  type MarsocFlagChangeRow,
  type QualityCheckRow,
  type TpmUpdateRow,
} from './CycleRows';
import { QualityReturnReason } from './cycleVocabulary';
import { formatReference } from './references';
import { toColumnList } from './toColumnList';

/**
 * The columns of each cycle table, named as its row's fields (ids as the
 * store keeps them), as Kysely selections: Kysely quotes the aliases, so
 * PostgreSQL keeps their case.
 */
export const DISRUPTION_RECORD_SELECTION = [
  'id',
  'nominal_id as nominalId',
  'region',
  'disrupted_on as date',
  'recorded_on as recordedOn',
  'lead_agency as leadAgency',
  'supporting_agencies as supportingAgencies',
  'recording_agency as recordingAgency',
  'recorded_by as recordedBy',
  'four_p as fourP',
  'assessment',
  'description',
  'arrests',
  'marsoc_flag as marsocFlag',
  'status',
  'moderated_by as moderatedBy',
  'moderated_at as moderatedAt',
  'rejection_reason as rejectionReason',
  'disruption_id as disruptionId',
] as const;
export const FLAG_CHANGE_SELECTION = [
  'id',
  'disruption_id as disruptionId',
  'nominal_id as nominalId',
  'from_flag as fromFlag',
  'to_flag as toFlag',
  'changed_by as changedBy',
  'changed_by_agency as changedByAgency',
  'changed_at as changedAt',
  'reason',
] as const;
export const EMERGENCY_SELECTION = [
  'nomination_id as nominationId',
  'nominal_id as nominalId',
  'reason',
  'requested_by as requestedBy',
  'requested_at as requestedAt',
  'decision',
  'decision_reason as decisionReason',
  'decided_by as decidedBy',
  'decided_at as decidedAt',
] as const;
export const QUALITY_CHECK_SELECTION = [
  'id',
  'nomination_id as nominationId',
  'nominal_id as nominalId',
  'outcome',
  'reasons',
  'note',
  'by_sub as by',
  'by_agency as byAgency',
  'at',
] as const;
export const TRANSFER_SELECTION = [
  'id',
  'nomination_id as nominationId',
  'nominal_id as nominalId',
  'from_region as fromRegion',
  'to_region as toRegion',
  'reason',
  'status',
  'requested_by as requestedBy',
  'requested_at as requestedAt',
  'decided_by as decidedBy',
  'decided_at as decidedAt',
  'decision_reason as decisionReason',
] as const;
export const TPM_UPDATE_SELECTION = [
  'id',
  'action_id as actionId',
  'nominal_id as nominalId',
  'from_status as fromStatus',
  'to_status as toStatus',
  'note',
  'by_sub as by',
  'by_agency as byAgency',
  'at',
] as const;

/** The same as SELECT lists, for the statements not yet on Kysely. */
export const DISRUPTION_RECORD_COLUMNS = toColumnList(
  DISRUPTION_RECORD_SELECTION,
);
export const FLAG_CHANGE_COLUMNS = toColumnList(FLAG_CHANGE_SELECTION);
export const EMERGENCY_COLUMNS = toColumnList(EMERGENCY_SELECTION);
export const QUALITY_CHECK_COLUMNS = toColumnList(QUALITY_CHECK_SELECTION);
export const TRANSFER_COLUMNS = toColumnList(TRANSFER_SELECTION);
export const TPM_UPDATE_COLUMNS = toColumnList(TPM_UPDATE_SELECTION);

type Stored<
  Row,
  Changed extends keyof Row,
  Ids extends keyof Row = never,
> = Omit<Row, Changed | Ids> & { [Key in Changed]: string | number } & {
  [Key in Ids]: number;
};

export type StoredDisruptionRecord = Stored<
  DisruptionRecordRow,
  'supportingAgencies' | 'marsocFlag',
  'id'
>;
export type StoredFlagChange = Stored<
  MarsocFlagChangeRow,
  'fromFlag' | 'toFlag',
  'id'
>;
export type StoredWithNomination<Row> = Omit<Row, 'nominationId'> & {
  nominationId: number;
};
export type StoredQualityCheck = Stored<
  QualityCheckRow,
  'reasons',
  'id' | 'nominationId'
>;
export type StoredTransfer = Stored<
  CohortTransferRow,
  never,
  'id' | 'nominationId'
>;
export type StoredTpmUpdate = Stored<TpmUpdateRow, never, 'id' | 'actionId'>;

function readJsonList<T extends string>(
  stored: string | number,
  is: (value: unknown) => value is T,
): T[] {
  const parsed: unknown = JSON.parse(String(stored));
  return Array.isArray(parsed) ? parsed.filter(is) : [];
}

export function readDisruptionRecord(
  stored: StoredDisruptionRecord,
): DisruptionRecordRow {
  return {
    ...stored,
    id: formatReference('disruptionRecord', stored.id),
    supportingAgencies: readJsonList(stored.supportingAgencies, Agency.is),
    marsocFlag: stored.marsocFlag === 1,
  };
}

export function readFlagChange(stored: StoredFlagChange): MarsocFlagChangeRow {
  return {
    ...stored,
    id: formatReference('flagChange', stored.id),
    fromFlag: stored.fromFlag === 1,
    toFlag: stored.toFlag === 1,
  };
}

export function readWithNomination<Row>(stored: StoredWithNomination<Row>) {
  return {
    ...stored,
    nominationId: formatReference('nomination', stored.nominationId),
  } as Row;
}

export function readQualityCheck(stored: StoredQualityCheck): QualityCheckRow {
  return {
    ...stored,
    id: formatReference('qualityCheck', stored.id),
    nominationId: formatReference('nomination', stored.nominationId),
    reasons: readJsonList(stored.reasons, QualityReturnReason.is),
  };
}

export function readTransfer(stored: StoredTransfer): CohortTransferRow {
  return {
    ...stored,
    id: formatReference('transfer', stored.id),
    nominationId: formatReference('nomination', stored.nominationId),
  };
}

export function readTpmUpdate(stored: StoredTpmUpdate): TpmUpdateRow {
  return {
    ...stored,
    id: formatReference('tpmUpdate', stored.id),
    actionId: formatReference('tpmAction', stored.actionId),
  };
}
