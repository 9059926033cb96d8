import { sql } from 'kysely';
import { type ApmisDisruptionRow } from './ApmisRepository';
import {
  type EmergencyNominationRow,
  type MonitoringPlanRow,
  type TpmAssignmentRow,
} from './CycleRows';
import {
  type CycleWrite,
  type EmergencyDecisionChange,
  type Moderation,
  type NewDisruptionRecord,
  type NewEmergency,
  type NewFlagChange,
  type NewQualityCheck,
  type NewTpmUpdate,
  type NewTransfer,
  type TransferDecisionChange,
} from './CycleStore';
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

const flag = (value: boolean) => (value ? 1 : 0);
const columns = (list: string) => sql.raw(list);

/**
 * The cycle store's statements: the reads a change decides on, and its
 * writes, written once for both dialects. A decision's update names the state
 * it leaves (`status = 'RECORDED'`, `decision IS NULL`), so it changes no row
 * that has moved on and the store's one-row check fails the write.
 */
export const cycleStatements = {
  findWrite: (actorSub: string, clientRequestId: string) =>
    sql<CycleWrite>`SELECT operation, input_hash AS "inputHash", result_id AS "resultId"
       FROM cycle_write WHERE actor_sub = ${actorSub} AND client_request_id = ${clientRequestId}`,
  recordWrite: (
    actorSub: string,
    clientRequestId: string,
    write: CycleWrite,
    writtenAt: string,
  ) =>
    sql`INSERT INTO cycle_write (actor_sub, client_request_id, operation, input_hash, result_id,
         written_at)
       VALUES (${actorSub}, ${clientRequestId}, ${write.operation}, ${write.inputHash},
         ${write.resultId}, ${writtenAt})`,
  insertRecord: (record: NewDisruptionRecord) =>
    sql<{
      id: number;
    }>`INSERT INTO disruption_record (nominal_id, region, disrupted_on, recorded_on,
         lead_agency, supporting_agencies, recording_agency, recorded_by, four_p, assessment,
         description, arrests, marsoc_flag, status)
       VALUES (${record.nominalId}, ${record.region}, ${record.date}, ${record.recordedOn},
         ${record.leadAgency}, ${JSON.stringify(record.supportingAgencies)},
         ${record.recordingAgency}, ${record.recordedBy}, ${record.fourP}, ${record.assessment},
         ${record.description}, ${record.arrests}, ${flag(record.marsocFlag)}, 'RECORDED')
       RETURNING id`,
  record: (id: number) =>
    sql<StoredDisruptionRecord>`SELECT ${columns(DISRUPTION_RECORD_COLUMNS)}
       FROM disruption_record WHERE id = ${id}`,
  moderate: (id: number, moderation: Moderation) =>
    sql`UPDATE disruption_record SET status = ${moderation.status},
         moderated_by = ${moderation.moderatedBy}, moderated_at = ${moderation.moderatedAt},
         rejection_reason = ${moderation.rejectionReason},
         disruption_id = ${moderation.disruptionId}
       WHERE id = ${id} AND status = 'RECORDED'`,
  countDisruptions: (nominalId: string) =>
    sql<{
      count: number | string;
    }>`SELECT count(*) AS "count" FROM apmis_disruption
       WHERE nominal_id = ${nominalId}`,
  insertDisruption: (id: string, disruption: Omit<ApmisDisruptionRow, 'id'>) =>
    sql`INSERT INTO apmis_disruption (id, nominal_id, disrupted_on, lead_agency,
         supporting_agencies, recording_agency, four_p, assessment, description, marsoc_flag,
         arrests)
       VALUES (${id}, ${disruption.nominalId}, ${disruption.date}, ${disruption.leadAgency},
         ${JSON.stringify(disruption.supportingAgencies)}, ${disruption.recordingAgency},
         ${disruption.fourP}, ${disruption.assessment}, ${disruption.description},
         ${flag(disruption.marsocFlag)}, ${disruption.arrests})`,
  disruption: (id: string) =>
    sql<StoredDisruption>`SELECT ${columns(DISRUPTION_COLUMNS)} FROM apmis_disruption
       WHERE id = ${id}`,
  setFlag: (disruptionId: string, toFlag: boolean) =>
    sql`UPDATE apmis_disruption SET marsoc_flag = ${flag(toFlag)} WHERE id = ${disruptionId}`,
  insertFlagChange: (change: NewFlagChange) =>
    sql`INSERT INTO disruption_flag_change (disruption_id, nominal_id, from_flag, to_flag,
         changed_by, changed_by_agency, changed_at, reason)
       VALUES (${change.disruptionId}, ${change.nominalId}, ${flag(change.fromFlag)},
         ${flag(change.toFlag)}, ${change.changedBy}, ${change.changedByAgency},
         ${change.changedAt}, ${change.reason})`,
  insertEmergency: (nominationId: number, emergency: NewEmergency) =>
    sql`INSERT INTO cohort_emergency_nomination (nomination_id, nominal_id, reason, requested_by,
         requested_at)
       VALUES (${nominationId}, ${emergency.nominalId}, ${emergency.reason},
         ${emergency.requestedBy}, ${emergency.requestedAt})`,
  emergency: (nominationId: number) =>
    sql<
      StoredWithNomination<EmergencyNominationRow>
    >`SELECT ${columns(EMERGENCY_COLUMNS)}
       FROM cohort_emergency_nomination WHERE nomination_id = ${nominationId}`,
  decideEmergency: (nominationId: number, change: EmergencyDecisionChange) =>
    sql`UPDATE cohort_emergency_nomination SET decision = ${change.decision},
         decision_reason = ${change.decisionReason}, decided_by = ${change.decidedBy},
         decided_at = ${change.decidedAt}
       WHERE nomination_id = ${nominationId} AND decision IS NULL`,
  insertQualityCheck: (nominationId: number, check: NewQualityCheck) =>
    sql`INSERT INTO cohort_quality_check (nomination_id, nominal_id, outcome, reasons, note,
         by_sub, by_agency, at)
       VALUES (${nominationId}, ${check.nominalId}, ${check.outcome},
         ${JSON.stringify(check.reasons)}, ${check.note}, ${check.by}, ${check.byAgency},
         ${check.at})`,
  latestQualityCheck: (nominationId: number) =>
    sql<StoredQualityCheck>`SELECT ${columns(QUALITY_CHECK_COLUMNS)} FROM cohort_quality_check
       WHERE nomination_id = ${nominationId} ORDER BY id DESC LIMIT 1`,
  insertTransfer: (nominationId: number, transfer: NewTransfer) =>
    sql<{
      id: number;
    }>`INSERT INTO cohort_transfer (nomination_id, nominal_id, from_region,
         to_region, reason, requested_by, requested_at, status)
       VALUES (${nominationId}, ${transfer.nominalId}, ${transfer.fromRegion},
         ${transfer.toRegion}, ${transfer.reason}, ${transfer.requestedBy},
         ${transfer.requestedAt}, 'PENDING')
       RETURNING id`,
  transfer: (id: number) =>
    sql<StoredTransfer>`SELECT ${columns(TRANSFER_COLUMNS)} FROM cohort_transfer WHERE id = ${id}`,
  pendingTransfer: (nominationId: number) =>
    sql<StoredTransfer>`SELECT ${columns(TRANSFER_COLUMNS)} FROM cohort_transfer
       WHERE nomination_id = ${nominationId} AND status = 'PENDING'`,
  decideTransfer: (id: number, change: TransferDecisionChange) =>
    sql`UPDATE cohort_transfer SET status = ${change.status}, decided_by = ${change.decidedBy},
         decided_at = ${change.decidedAt}, decision_reason = ${change.decisionReason}
       WHERE id = ${id} AND status = 'PENDING'`,
  latestAction: (nominationId: number) =>
    sql<{ id: number | null }>`SELECT max(id) AS "id" FROM cohort_tpm_action
       WHERE nomination_id = ${nominationId}`,
  insertAssignment: (
    actionId: number,
    meetingId: number,
    assignment: TpmAssignmentRow,
  ) =>
    sql`INSERT INTO cohort_tpm_assignment (action_id, meeting_id, owner_name)
       VALUES (${actionId}, ${meetingId}, ${assignment.ownerName})`,
  insertTpmUpdate: (actionId: number, update: NewTpmUpdate) =>
    sql`INSERT INTO cohort_tpm_update (action_id, nominal_id, from_status, to_status, note, by_sub,
         by_agency, at)
       VALUES (${actionId}, ${update.nominalId}, ${update.fromStatus}, ${update.toStatus},
         ${update.note}, ${update.by}, ${update.byAgency}, ${update.at})`,
  insertPlan: (nominationId: number, plan: MonitoringPlanRow) =>
    sql`INSERT INTO cohort_monitoring_plan (nomination_id, nominal_id, plan, monitoring_agency,
         review_on, set_by, set_at)
       VALUES (${nominationId}, ${plan.nominalId}, ${plan.plan}, ${plan.monitoringAgency},
         ${plan.reviewOn}, ${plan.setBy}, ${plan.setAt})`,
};
