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
import { toColumnList } from './toColumnList';

/** The columns read as the stored row's fields, as a Kysely selection: Kysely quotes the aliases, so PostgreSQL keeps their case. */
export const TPM_ACTION_SELECTION = [
  'id',
  'nomination_id as nominationId',
  'nominal_id as nominalId',
  'action',
  'owning_agency as owningAgency',
  'due_on as dueDate',
  'status',
  'raised_at as raisedAt',
  'raised_by as raisedBy',
  'updated_at as updatedAt',
] as const;

/** The SELECT list of a `cohort_tpm_action` row as a StoredTpmAction. */
export const TPM_ACTION_COLUMNS = toColumnList(TPM_ACTION_SELECTION);

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

/** The columns read as the stored row's fields, as a Kysely selection: Kysely quotes the aliases, so PostgreSQL keeps their case. */
export const FOUR_P_PLAN_SELECTION = [
  'nomination_id as nominationId',
  'nominal_id as nominalId',
  'pursue',
  'prevent',
  'protect',
  'prepare',
  'updated_at as updatedAt',
  'updated_by as updatedBy',
] as const;

/** The SELECT list of a `cohort_four_p_plan` row as a StoredFourPPlan. */
export const FOUR_P_PLAN_COLUMNS = toColumnList(FOUR_P_PLAN_SELECTION);

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

/** The columns read as the stored row's fields, as a Kysely selection: Kysely quotes the aliases, so PostgreSQL keeps their case. */
export const EVENT_SELECTION = [
  'id',
  'nomination_id as nominationId',
  'nominal_id as nominalId',
  'transition',
  'from_status as fromStatus',
  'to_status as toStatus',
  'actor_sub as actorSub',
  'actor_agency as actorAgency',
  'occurred_at as occurredAt',
  'cycle',
  'detail',
] as const;

/** The SELECT list of a `cohort_event` row as a StoredCohortEvent. */
export const EVENT_COLUMNS = toColumnList(EVENT_SELECTION);

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
