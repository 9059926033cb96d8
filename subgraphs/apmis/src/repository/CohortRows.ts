import { type Agency, type Region } from '@marsoc/schema';
import { type CohortStatus, type SupervisionStatus } from './apmisVocabulary';
import {
  type CohortTransition,
  type DeselectionReason,
  type ForumDecision,
  type TpmActionStatus,
} from './cohortVocabulary';

/**
 * Rows of the MARSOC cohort. Every row carries its nominal's id, so the
 * enforcement and the owner's audit name the nominal whatever is asked for.
 */

/** The latest PSF decision on a nomination (seed 000 E200, E794-E804). */
export interface CohortForumDecisionRow {
  nominalId: string;
  decision: ForumDecision;
  /** The meeting cycle of the PSF that decided. */
  cycle: number;
  /** Why it was declined or deferred (E800, E794); optional otherwise. */
  reason: string | null;
  seniorResponsibleOfficer: string | null;
  leadAgency: Agency | null;
  supportingAgencies: Agency[];
  strategicObjectives: string[];
  /** The region a REDIRECT sent the nomination on from. */
  redirectedFrom: Region | null;
}

/** Removal from the cohort (E822); the seeded monitoring data has no reasons. */
export interface CohortDeselectionRow {
  nominalId: string;
  cycle: number;
  reason: DeselectionReason | null;
  rationale: string | null;
}

/** The risk-managed exit, with the monitoring put in place (E824-E828). */
export interface CohortExitRow {
  nominalId: string;
  exitedOn: string;
  rationale: string;
  monitoringUntil: string;
  alertAgencies: Agency[];
  nationalRecordsUpdated: boolean;
  partnersUpdated: boolean;
}

/** A MARSOC nomination and where it stands: the nominal's latest one. */
export interface CohortMembershipRow {
  nominalId: string;
  /** `CN-` and six digits. */
  nominationId: string;
  status: CohortStatus;
  region: Region;
  nominatingAgency: Agency;
  supervisionAtNomination: SupervisionStatus;
  mandatoryCriteriaMet: string[];
  otherCriteriaMet: string[];
  cycleNominated: number;
  nominatedOn: string;
  cycleDeselected: number | null;
  notPutForwardReason: string | null;
  forumDecision: CohortForumDecisionRow | null;
  deselection: CohortDeselectionRow | null;
  exit: CohortExitRow | null;
}

/** The Strategic 4P plan, completed by the SRO (E806): objectives per P (E549). */
export interface CohortFourPPlanRow {
  nominalId: string;
  nominationId: string;
  pursue: string[];
  prevent: string[];
  protect: string[];
  prepare: string[];
  updatedAt: string;
  updatedBy: string;
}

/** One action on the TPM Action Log (E807, E813). */
export interface CohortTpmActionRow {
  /** `TPM-` and six digits. */
  id: string;
  nominalId: string;
  nominationId: string;
  action: string;
  owningAgency: Agency;
  dueDate: string;
  status: TpmActionStatus;
  raisedAt: string;
  raisedBy: string;
  updatedAt: string;
}

/** One entry of the append-only cohort event log: what, who, when, from and to. */
export interface CohortEventRow {
  /** `CE-` and six digits. */
  id: string;
  nominalId: string;
  nominationId: string;
  transition: CohortTransition;
  fromStatus: CohortStatus | null;
  toStatus: CohortStatus;
  actorSub: string;
  actorAgency: Agency;
  occurredAt: string;
  cycle: number | null;
  /** Codes only (a region, a reason code, an action's status): free text stays on the record. */
  detail: string;
}
