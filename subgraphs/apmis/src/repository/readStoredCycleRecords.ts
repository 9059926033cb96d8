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

/** The columns of each cycle table, named as its row's fields; ids as the store keeps them. */
export const DISRUPTION_RECORD_COLUMNS = `id, nominal_id AS "nominalId", region, disrupted_on AS "date",
  recorded_on AS "recordedOn", lead_agency AS "leadAgency", supporting_agencies AS "supportingAgencies",
  recording_agency AS "recordingAgency", recorded_by AS "recordedBy", four_p AS "fourP", assessment,
  description, arrests, marsoc_flag AS "marsocFlag", status, moderated_by AS "moderatedBy",
  moderated_at AS "moderatedAt", rejection_reason AS "rejectionReason", disruption_id AS "disruptionId"`;
export const FLAG_CHANGE_COLUMNS = `id, disruption_id AS "disruptionId", nominal_id AS "nominalId",
  from_flag AS "fromFlag", to_flag AS "toFlag", changed_by AS "changedBy",
  changed_by_agency AS "changedByAgency", changed_at AS "changedAt", reason`;
export const EMERGENCY_COLUMNS = `nomination_id AS "nominationId", nominal_id AS "nominalId", reason,
  requested_by AS "requestedBy", requested_at AS "requestedAt", decision,
  decision_reason AS "decisionReason", decided_by AS "decidedBy", decided_at AS "decidedAt"`;
export const QUALITY_CHECK_COLUMNS = `id, nomination_id AS "nominationId", nominal_id AS "nominalId",
  outcome, reasons, note, by_sub AS "by", by_agency AS "byAgency", at`;
export const TRANSFER_COLUMNS = `id, nomination_id AS "nominationId", nominal_id AS "nominalId",
  from_region AS "fromRegion", to_region AS "toRegion", reason, status, requested_by AS "requestedBy",
  requested_at AS "requestedAt", decided_by AS "decidedBy", decided_at AS "decidedAt",
  decision_reason AS "decisionReason"`;
export const TPM_UPDATE_COLUMNS = `id, action_id AS "actionId", nominal_id AS "nominalId",
  from_status AS "fromStatus", to_status AS "toStatus", note, by_sub AS "by", by_agency AS "byAgency", at`;

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
