import { sql } from 'kysely';
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
import { type CohortFourPPlanRow } from './CohortRows';
import {
  type DeselectionChange,
  type ExitChange,
  type ForumDecisionChange,
  type NewCohortEvent,
  type NewNomination,
  type NewTpmAction,
} from './CohortStore';

/**
 * The cohort store's statements, one per read a change decides on and one
 * per kind of change, written once for both dialects (lists bound as JSON
 * text, flags as 0/1, as the tables keep them).
 */
const nomination = sql.raw(
  `SELECT ${NOMINATION_COLUMNS} FROM cohort_nomination`,
);

export const cohortStatements = {
  region: (nominalId: string) =>
    sql<{
      region: Region;
    }>`SELECT region FROM apmis_nominal WHERE nominal_id = ${nominalId}`,
  latest: (nominalId: string) =>
    sql<StoredNomination>`${nomination} WHERE nominal_id = ${nominalId} ORDER BY id DESC LIMIT 1`,
  nomination: (id: number) =>
    sql<StoredNomination>`${nomination} WHERE id = ${id}`,
  action: (id: number) =>
    sql<StoredTpmAction>`SELECT ${sql.raw(TPM_ACTION_COLUMNS)} FROM cohort_tpm_action WHERE id = ${id}`,
  insertNomination: (row: NewNomination) =>
    sql<{
      id: number;
    }>`INSERT INTO cohort_nomination (nominal_id, status, region, nominating_agency,
         supervision_at_nomination, mandatory_criteria, other_criteria, cycle_nominated, nominated_on)
       VALUES (${row.nominalId}, 'NOMINATED', ${row.region}, ${row.nominatingAgency},
         ${row.supervisionAtNomination}, ${JSON.stringify(row.mandatoryCriteriaMet)},
         ${JSON.stringify(row.otherCriteriaMet)}, ${row.cycleNominated}, ${row.nominatedOn})
       RETURNING id`,
  notPutForward: (id: number, reason: string) =>
    sql`UPDATE cohort_nomination SET status = 'NOT_PUT_FORWARD', not_put_forward_reason = ${reason}
       WHERE id = ${id}`,
  forumDecision: (id: number, change: ForumDecisionChange) =>
    sql`UPDATE cohort_nomination SET status = ${change.status}, forum_decision = ${change.decision},
         cycle_decided = ${change.cycle}, decision_reason = ${change.reason},
         senior_responsible_officer = ${change.seniorResponsibleOfficer},
         lead_agency = ${change.leadAgency},
         supporting_agencies = ${JSON.stringify(change.supportingAgencies)},
         strategic_objectives = ${JSON.stringify(change.strategicObjectives)},
         region = ${change.region}, redirected_from = ${change.redirectedFrom}
       WHERE id = ${id}`,
  plan: (id: number, plan: CohortFourPPlanRow) =>
    sql`INSERT INTO cohort_four_p_plan (nomination_id, nominal_id, pursue, prevent, protect, prepare,
         updated_at, updated_by)
       VALUES (${id}, ${plan.nominalId}, ${JSON.stringify(plan.pursue)},
         ${JSON.stringify(plan.prevent)}, ${JSON.stringify(plan.protect)},
         ${JSON.stringify(plan.prepare)}, ${plan.updatedAt}, ${plan.updatedBy})
       ON CONFLICT (nomination_id) DO UPDATE SET pursue = excluded.pursue,
         prevent = excluded.prevent, protect = excluded.protect, prepare = excluded.prepare,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  insertAction: (id: number, action: NewTpmAction) =>
    sql<{
      id: number;
    }>`INSERT INTO cohort_tpm_action (nomination_id, nominal_id, action, owning_agency,
         due_on, status, raised_at, raised_by, updated_at)
       VALUES (${id}, ${action.nominalId}, ${action.action}, ${action.owningAgency},
         ${action.dueDate}, ${action.status}, ${action.raisedAt}, ${action.raisedBy},
         ${action.updatedAt})
       RETURNING id`,
  actionStatus: (id: number, status: string, updatedAt: string) =>
    sql`UPDATE cohort_tpm_action SET status = ${status}, updated_at = ${updatedAt} WHERE id = ${id}`,
  deselection: (id: number, change: DeselectionChange) =>
    sql`UPDATE cohort_nomination SET status = 'DESELECTED', cycle_deselected = ${change.cycle},
         deselection_reason = ${change.reason}, deselection_rationale = ${change.rationale}
       WHERE id = ${id}`,
  transfer: (id: number, region: Region) =>
    sql`UPDATE cohort_nomination SET region = ${region} WHERE id = ${id}`,
  exit: (id: number, change: ExitChange) =>
    sql`UPDATE cohort_nomination SET status = 'EXITED', exited_on = ${change.exitedOn},
         exit_rationale = ${change.rationale}, monitoring_until = ${change.monitoringUntil},
         alert_agencies = ${JSON.stringify(change.alertAgencies)},
         national_records_updated = ${change.nationalRecordsUpdated ? 1 : 0},
         partners_updated = ${change.partnersUpdated ? 1 : 0}
       WHERE id = ${id}`,
  event: (id: number, event: NewCohortEvent) =>
    sql`INSERT INTO cohort_event (nomination_id, nominal_id, transition, from_status, to_status,
         actor_sub, actor_agency, occurred_at, cycle, detail)
       VALUES (${id}, ${event.nominalId}, ${event.transition}, ${event.fromStatus},
         ${event.toStatus}, ${event.actorSub}, ${event.actorAgency}, ${event.occurredAt},
         ${event.cycle}, ${event.detail})`,
  qualityOutcome: (id: number) =>
    sql<{
      outcome: QualityCheckOutcome;
    }>`SELECT outcome FROM cohort_quality_check
       WHERE nomination_id = ${id} ORDER BY id DESC LIMIT 1`,
};
