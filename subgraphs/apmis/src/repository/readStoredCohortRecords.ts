import { type Agency } from '@marsoc/schema';
import { type CohortStatus } from './apmisVocabulary';
import {
  type CohortTransition,
  type TpmActionStatus,
} from './cohortVocabulary';
import {
  type CohortEventRow,
  type CohortFourPPlanRow,
  type CohortTpmActionRow,
} from './CohortRows';
import { readTextList } from './readStoredNomination';
import { formatReference } from './references';

/** The SELECT list of a `cohort_tpm_action` row as a StoredTpmAction. */
export const TPM_ACTION_COLUMNS = `id, nomination_id AS "nominationId", nominal_id AS "nominalId",
  action, owning_agency AS "owningAgency", due_on AS "dueDate", status,
  raised_at AS "raisedAt", raised_by AS "raisedBy", updated_at AS "updatedAt"`;

export interface StoredTpmAction {
  id: number;
  nominationId: number;
  nominalId: string;
  action: string;
  owningAgency: Agency;
  dueDate: string;
  status: TpmActionStatus;
  raisedAt: string;
  raisedBy: string;
  updatedAt: string;
}

export function readStoredTpmAction(
  stored: StoredTpmAction,
): CohortTpmActionRow {
  return {
    ...stored,
    id: formatReference('tpmAction', stored.id),
    nominationId: formatReference('nomination', stored.nominationId),
  };
}

/** The SELECT list of a `cohort_four_p_plan` row as a StoredFourPPlan. */
export const FOUR_P_PLAN_COLUMNS = `nomination_id AS "nominationId", nominal_id AS "nominalId",
  pursue, prevent, protect, prepare, updated_at AS "updatedAt", updated_by AS "updatedBy"`;

export interface StoredFourPPlan {
  nominationId: number;
  nominalId: string;
  pursue: string;
  prevent: string;
  protect: string;
  prepare: string;
  updatedAt: string;
  updatedBy: string;
}

export function readStoredFourPPlan(
  stored: StoredFourPPlan,
): CohortFourPPlanRow {
  return {
    nominalId: stored.nominalId,
    nominationId: formatReference('nomination', stored.nominationId),
    pursue: readTextList(stored.pursue),
    prevent: readTextList(stored.prevent),
    protect: readTextList(stored.protect),
    prepare: readTextList(stored.prepare),
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
  };
}

/** The SELECT list of a `cohort_event` row as a StoredCohortEvent. */
export const EVENT_COLUMNS = `id, nomination_id AS "nominationId", nominal_id AS "nominalId",
  transition, from_status AS "fromStatus", to_status AS "toStatus", actor_sub AS "actorSub",
  actor_agency AS "actorAgency", occurred_at AS "occurredAt", cycle, detail`;

export interface StoredCohortEvent {
  id: number;
  nominationId: number;
  nominalId: string;
  transition: CohortTransition;
  fromStatus: CohortStatus | null;
  toStatus: CohortStatus;
  actorSub: string;
  actorAgency: Agency;
  occurredAt: string;
  cycle: number | null;
  detail: string;
}

export function readStoredCohortEvent(
  stored: StoredCohortEvent,
): CohortEventRow {
  return {
    ...stored,
    id: formatReference('event', stored.id),
    nominationId: formatReference('nomination', stored.nominationId),
  };
}
