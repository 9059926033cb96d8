import {
  type SqliteDatabase,
  type SqliteStatement,
} from '@marsoc/platform/store';
import { type Region } from '@marsoc/schema';
import { type QualityCheckOutcome } from './cycleVocabulary';
import {
  type StoredTpmAction,
  TPM_ACTION_COLUMNS,
} from './readStoredCohortRecords';
import {
  NOMINATION_COLUMNS,
  type StoredNomination,
} from './readStoredNomination';

/** Named parameters of a cohort write. */
export type Parameters = Record<string, unknown>;

/** A cohort write, bound by name. */
type CohortWrite = SqliteStatement<[Parameters]>;

/**
 * The cohort store's prepared statements: reads of the state a change is
 * decided on, and one write per kind of change.
 */
export interface CohortStatements {
  region: SqliteStatement<[string], Region>;
  latest: SqliteStatement<[string], StoredNomination>;
  nomination: SqliteStatement<[number], StoredNomination>;
  action: SqliteStatement<[number], StoredTpmAction>;
  insertNomination: CohortWrite;
  notPutForward: CohortWrite;
  forumDecision: CohortWrite;
  plan: CohortWrite;
  insertAction: CohortWrite;
  actionStatus: CohortWrite;
  deselection: CohortWrite;
  transfer: CohortWrite;
  exit: CohortWrite;
  event: CohortWrite;
  qualityOutcome: SqliteStatement<[number], QualityCheckOutcome>;
}

export function prepareCohortStatements(
  database: SqliteDatabase,
): CohortStatements {
  const prepare = (sql: string) => database.prepare<[Parameters]>(sql);
  const nomination = `SELECT ${NOMINATION_COLUMNS} FROM cohort_nomination`;
  return {
    region: database
      .prepare<[string], Region>(
        'SELECT region FROM apmis_nominal WHERE nominal_id = ?',
      )
      .pluck(),
    latest: database.prepare<[string], StoredNomination>(
      `${nomination} WHERE nominal_id = ? ORDER BY id DESC LIMIT 1`,
    ),
    nomination: database.prepare<[number], StoredNomination>(
      `${nomination} WHERE id = ?`,
    ),
    action: database.prepare<[number], StoredTpmAction>(
      `SELECT ${TPM_ACTION_COLUMNS} FROM cohort_tpm_action WHERE id = ?`,
    ),
    insertNomination: prepare(
      `INSERT INTO cohort_nomination (nominal_id, status, region, nominating_agency,
         supervision_at_nomination, mandatory_criteria, other_criteria, cycle_nominated, nominated_on)
       VALUES (@nominalId, 'NOMINATED', @region, @nominatingAgency, @supervisionAtNomination,
         @mandatoryCriteriaMet, @otherCriteriaMet, @cycleNominated, @nominatedOn)`,
    ),
    notPutForward: prepare(
      `UPDATE cohort_nomination SET status = 'NOT_PUT_FORWARD', not_put_forward_reason = @reason
       WHERE id = @id`,
    ),
    forumDecision: prepare(
      `UPDATE cohort_nomination SET status = @status, forum_decision = @decision,
         cycle_decided = @cycle, decision_reason = @reason,
         senior_responsible_officer = @seniorResponsibleOfficer, lead_agency = @leadAgency,
         supporting_agencies = @supportingAgencies, strategic_objectives = @strategicObjectives,
         region = @region, redirected_from = @redirectedFrom
       WHERE id = @id`,
    ),
    plan: prepare(
      `INSERT INTO cohort_four_p_plan (nomination_id, nominal_id, pursue, prevent, protect, prepare,
         updated_at, updated_by)
       VALUES (@id, @nominalId, @pursue, @prevent, @protect, @prepare, @updatedAt, @updatedBy)
       ON CONFLICT (nomination_id) DO UPDATE SET pursue = excluded.pursue,
         prevent = excluded.prevent, protect = excluded.protect, prepare = excluded.prepare,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ),
    insertAction: prepare(
      `INSERT INTO cohort_tpm_action (nomination_id, nominal_id, action, owning_agency, due_on,
         status, raised_at, raised_by, updated_at)
       VALUES (@id, @nominalId, @action, @owningAgency, @dueDate, @status, @raisedAt,
         @raisedBy, @updatedAt)`,
    ),
    actionStatus: prepare(
      `UPDATE cohort_tpm_action SET status = @status, updated_at = @updatedAt WHERE id = @id`,
    ),
    deselection: prepare(
      `UPDATE cohort_nomination SET status = 'DESELECTED', cycle_deselected = @cycle,
         deselection_reason = @reason, deselection_rationale = @rationale
       WHERE id = @id`,
    ),
    transfer: prepare(
      `UPDATE cohort_nomination SET region = @region WHERE id = @id`,
    ),
    exit: prepare(
      `UPDATE cohort_nomination SET status = 'EXITED', exited_on = @exitedOn,
         exit_rationale = @rationale, monitoring_until = @monitoringUntil,
         alert_agencies = @alertAgencies, national_records_updated = @nationalRecordsUpdated,
         partners_updated = @partnersUpdated
       WHERE id = @id`,
    ),
    event: prepare(
      `INSERT INTO cohort_event (nomination_id, nominal_id, transition, from_status, to_status,
         actor_sub, actor_agency, occurred_at, cycle, detail)
       VALUES (@id, @nominalId, @transition, @fromStatus, @toStatus, @actorSub, @actorAgency,
         @occurredAt, @cycle, @detail)`,
    ),
    qualityOutcome: database
      .prepare<[number], QualityCheckOutcome>(
        'SELECT outcome FROM cohort_quality_check WHERE nomination_id = ? ORDER BY id DESC LIMIT 1',
      )
      .pluck(),
  };
}
