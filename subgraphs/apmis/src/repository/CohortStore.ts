import { type Agency, type Region } from '@marsoc/schema';
import { type CohortStatus, type SupervisionStatus } from './apmisVocabulary';
import {
  type CohortTransition,
  type DeselectionReason,
  type ForumDecision,
  type TpmActionStatus,
} from './cohortVocabulary';
import { type QualityCheckOutcome } from './cycleVocabulary';
import {
  type CohortFourPPlanRow,
  type CohortMembershipRow,
  type CohortTpmActionRow,
} from './CohortRows';

export interface NewNomination {
  nominalId: string;
  region: Region;
  nominatingAgency: Agency;
  supervisionAtNomination: SupervisionStatus;
  mandatoryCriteriaMet: readonly string[];
  otherCriteriaMet: readonly string[];
  cycleNominated: number;
  nominatedOn: string;
}

/** A PSF decision and the status it leaves the nomination in. */
export interface ForumDecisionChange {
  status: CohortStatus;
  decision: ForumDecision;
  cycle: number;
  reason: string | null;
  seniorResponsibleOfficer: string | null;
  leadAgency: Agency | null;
  supportingAgencies: readonly Agency[];
  strategicObjectives: readonly string[];
  /** The region the nomination now sits in (the target of a REDIRECT). */
  region: Region;
  redirectedFrom: Region | null;
}

export interface DeselectionChange {
  cycle: number;
  reason: DeselectionReason;
  rationale: string;
}

export interface ExitChange {
  exitedOn: string;
  rationale: string;
  monitoringUntil: string;
  alertAgencies: readonly Agency[];
  nationalRecordsUpdated: boolean;
  partnersUpdated: boolean;
}

export type NewTpmAction = Omit<CohortTpmActionRow, 'id'>;

export interface NewCohortEvent {
  nominationId: string;
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

/**
 * The cohort workflow's reads and writes. A write's stores are made on one
 * transaction (ApmisWrites): the workflow reads the current state, decides,
 * and writes the change with its event inside it, so a refusal (an error
 * thrown inside it) writes nothing and two writers never act on the same
 * stale state.
 */
export interface CohortStore {
  /** The nominal's region on the SOC master list; null if not on it. */
  findMasterListRegion(nominalId: string): Promise<Region | null>;
  /** The nominal's latest nomination, open or closed; null if never nominated. */
  findLatestNomination(nominalId: string): Promise<CohortMembershipRow | null>;
  findNomination(nominationId: string): Promise<CohortMembershipRow | null>;
  findTpmAction(actionId: string): Promise<CohortTpmActionRow | null>;
  /** Returns the new nomination's id. */
  insertNomination(nomination: NewNomination): Promise<string>;
  recordNotPutForward(nominationId: string, reason: string): Promise<void>;
  recordForumDecision(
    nominationId: string,
    change: ForumDecisionChange,
  ): Promise<void>;
  /** Replaces the nomination's 4P plan whole. */
  saveFourPPlan(plan: CohortFourPPlanRow): Promise<void>;
  /** Returns the new action's id. */
  insertTpmAction(action: NewTpmAction): Promise<string>;
  updateTpmActionStatus(
    actionId: string,
    status: TpmActionStatus,
    updatedAt: string,
  ): Promise<void>;
  recordDeselection(
    nominationId: string,
    change: DeselectionChange,
  ): Promise<void>;
  recordTransfer(nominationId: string, toRegion: Region): Promise<void>;
  recordExit(nominationId: string, change: ExitChange): Promise<void>;
  appendEvent(event: NewCohortEvent): Promise<void>;
  /** The latest entry of the nomination's quality check log; null if never checked (E783). */
  findLatestQualityOutcome(
    nominationId: string,
  ): Promise<QualityCheckOutcome | null>;
}
