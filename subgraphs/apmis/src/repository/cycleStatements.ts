import {
  type SqliteDatabase,
  type SqliteStatement,
} from '@marsoc/platform/store';
import { type EmergencyNominationRow } from './CycleRows';
import { type CycleWrite } from './CycleStore';
import {
  DISRUPTION_RECORD_COLUMNS,
  EMERGENCY_COLUMNS,
  QUALITY_CHECK_COLUMNS,
  type StoredDisruptionRecord,
  type StoredQualityCheck,
  type StoredTransfer,
  type StoredWithNomination,
  TRANSFER_COLUMNS,
} from './readStoredCycleRecords';
import {
  DISRUPTION_COLUMNS,
  type StoredDisruption,
} from './readStoredDisruption';

type Parameters = Record<string, unknown>;
type Write = SqliteStatement<[Parameters]>;

/**
 * The cycle store's prepared statements: the reads a change decides on, and
 * its writes. Named, so the compiled declarations can name them.
 */
export interface CycleStatements {
  findWrite: SqliteStatement<[string, string], CycleWrite>;
  recordWrite: Write;
  insertRecord: Write;
  record: SqliteStatement<[number], StoredDisruptionRecord>;
  moderate: Write;
  countDisruptions: SqliteStatement<[string], number>;
  insertDisruption: Write;
  disruption: SqliteStatement<[string], StoredDisruption>;
  setFlag: SqliteStatement<[number, string], unknown>;
  insertFlagChange: Write;
  insertEmergency: Write;
  emergency: SqliteStatement<
    [number],
    StoredWithNomination<EmergencyNominationRow>
  >;
  decideEmergency: Write;
  insertQualityCheck: Write;
  latestQualityCheck: SqliteStatement<[number], StoredQualityCheck>;
  insertTransfer: Write;
  transfer: SqliteStatement<[number], StoredTransfer>;
  pendingTransfer: SqliteStatement<[number], StoredTransfer>;
  decideTransfer: Write;
  latestAction: SqliteStatement<[number], number | null>;
  insertAssignment: Write;
  insertTpmUpdate: Write;
  insertPlan: Write;
}

export function prepareCycleStatements(
  database: SqliteDatabase,
): CycleStatements {
  const write = (sql: string): Write => database.prepare<[Parameters]>(sql);
  const read = <Keys extends unknown[], Row>(
    sql: string,
  ): SqliteStatement<Keys, Row> => database.prepare<Keys, Row>(sql);
  const byId = <Row>(sql: string) => read<[number], Row>(sql);
  const value = <Keys extends unknown[], Value>(
    sql: string,
  ): SqliteStatement<Keys, Value> => database.prepare<Keys, Value>(sql).pluck();
  return {
    findWrite: read<[string, string], CycleWrite>(
      `SELECT operation, input_hash AS inputHash, result_id AS resultId FROM cycle_write
       WHERE actor_sub = ? AND client_request_id = ?`,
    ),
    recordWrite: write(
      `INSERT INTO cycle_write (actor_sub, client_request_id, operation, input_hash, result_id, written_at)
       VALUES (@actorSub, @clientRequestId, @operation, @inputHash, @resultId, @writtenAt)`,
    ),
    insertRecord: write(
      `INSERT INTO disruption_record (nominal_id, region, disrupted_on, recorded_on, lead_agency,
         supporting_agencies, recording_agency, recorded_by, four_p, assessment, description,
         arrests, marsoc_flag, status)
       VALUES (@nominalId, @region, @date, @recordedOn, @leadAgency, @supportingAgencies,
         @recordingAgency, @recordedBy, @fourP, @assessment, @description, @arrests, @marsocFlag,
         'RECORDED')`,
    ),
    record: byId<StoredDisruptionRecord>(
      `SELECT ${DISRUPTION_RECORD_COLUMNS} FROM disruption_record WHERE id = ?`,
    ),
    moderate: write(
      `UPDATE disruption_record SET status = @status, moderated_by = @moderatedBy,
         moderated_at = @moderatedAt, rejection_reason = @rejectionReason,
         disruption_id = @disruptionId
       WHERE id = @id AND status = 'RECORDED'`,
    ),
    countDisruptions: value<[string], number>(
      'SELECT count(*) FROM apmis_disruption WHERE nominal_id = ?',
    ),
    insertDisruption: write(
      `INSERT INTO apmis_disruption (id, nominal_id, disrupted_on, lead_agency, supporting_agencies,
         recording_agency, four_p, assessment, description, marsoc_flag, arrests)
       VALUES (@id, @nominalId, @date, @leadAgency, @supportingAgencies, @recordingAgency, @fourP,
         @assessment, @description, @marsocFlag, @arrests)`,
    ),
    disruption: read<[string], StoredDisruption>(
      `SELECT ${DISRUPTION_COLUMNS} FROM apmis_disruption WHERE id = ?`,
    ),
    setFlag: read<[number, string], unknown>(
      'UPDATE apmis_disruption SET marsoc_flag = ? WHERE id = ?',
    ),
    insertFlagChange: write(
      `INSERT INTO disruption_flag_change (disruption_id, nominal_id, from_flag, to_flag, changed_by,
         changed_by_agency, changed_at, reason)
       VALUES (@disruptionId, @nominalId, @fromFlag, @toFlag, @changedBy, @changedByAgency,
         @changedAt, @reason)`,
    ),
    insertEmergency: write(
      `INSERT INTO cohort_emergency_nomination (nomination_id, nominal_id, reason, requested_by, requested_at)
       VALUES (@nominationId, @nominalId, @reason, @requestedBy, @requestedAt)`,
    ),
    emergency: byId<StoredWithNomination<EmergencyNominationRow>>(
      `SELECT ${EMERGENCY_COLUMNS} FROM cohort_emergency_nomination WHERE nomination_id = ?`,
    ),
    decideEmergency: write(
      `UPDATE cohort_emergency_nomination SET decision = @decision,
         decision_reason = @decisionReason, decided_by = @decidedBy, decided_at = @decidedAt
       WHERE nomination_id = @nominationId AND decision IS NULL`,
    ),
    insertQualityCheck: write(
      `INSERT INTO cohort_quality_check (nomination_id, nominal_id, outcome, reasons, note, by_sub, by_agency, at)
       VALUES (@nominationId, @nominalId, @outcome, @reasons, @note, @by, @byAgency, @at)`,
    ),
    latestQualityCheck: byId<StoredQualityCheck>(
      `SELECT ${QUALITY_CHECK_COLUMNS} FROM cohort_quality_check
       WHERE nomination_id = ? ORDER BY id DESC LIMIT 1`,
    ),
    insertTransfer: write(
      `INSERT INTO cohort_transfer (nomination_id, nominal_id, from_region, to_region, reason,
         requested_by, requested_at, status)
       VALUES (@nominationId, @nominalId, @fromRegion, @toRegion, @reason, @requestedBy,
         @requestedAt, 'PENDING')`,
    ),
    transfer: byId<StoredTransfer>(
      `SELECT ${TRANSFER_COLUMNS} FROM cohort_transfer WHERE id = ?`,
    ),
    pendingTransfer: byId<StoredTransfer>(
      `SELECT ${TRANSFER_COLUMNS} FROM cohort_transfer
       WHERE nomination_id = ? AND status = 'PENDING'`,
    ),
    decideTransfer: write(
      `UPDATE cohort_transfer SET status = @status, decided_by = @decidedBy,
         decided_at = @decidedAt, decision_reason = @decisionReason
       WHERE id = @id AND status = 'PENDING'`,
    ),
    latestAction: value<[number], number | null>(
      'SELECT max(id) FROM cohort_tpm_action WHERE nomination_id = ?',
    ),
    insertAssignment: write(
      `INSERT INTO cohort_tpm_assignment (action_id, meeting_id, owner_name)
       VALUES (@actionId, @meetingId, @ownerName)`,
    ),
    insertTpmUpdate: write(
      `INSERT INTO cohort_tpm_update (action_id, nominal_id, from_status, to_status, note, by_sub, by_agency, at)
       VALUES (@actionId, @nominalId, @fromStatus, @toStatus, @note, @by, @byAgency, @at)`,
    ),
    insertPlan: write(
      `INSERT INTO cohort_monitoring_plan (nomination_id, nominal_id, plan, monitoring_agency,
         review_on, set_by, set_at)
       VALUES (@nominationId, @nominalId, @plan, @monitoringAgency, @reviewOn, @setBy, @setAt)`,
    ),
  };
}
