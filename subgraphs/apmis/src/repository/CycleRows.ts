import { type Agency, type Region } from '@marsoc/schema';
import {
  type DisruptionAssessment,
  type FourPCategory,
  type CohortStatus,
} from './apmisVocabulary';
import {
  type DeselectionReason,
  type ForumDecision,
  type TpmActionStatus,
} from './cohortVocabulary';
import {
  type DisruptionRecordStatus,
  type EmergencyDecision,
  type QualityCheckOutcome,
  type QualityReturnReason,
  type TransferStatus,
} from './cycleVocabulary';

/**
 * Rows of the cycle's disruptions and hand-offs. Every row carries its
 * nominal's id, so the enforcement and the owner's audit name the nominal.
 */

/** A disruption recorded through the gateway, before and after moderation (E545-E549). */
export interface DisruptionRecordRow {
  /** `DR-` and six digits. */
  id: string;
  nominalId: string;
  /** The hub that moderates it: the nominal's master-list region. */
  region: Region;
  /** The event date. */
  date: string;
  /** The day it was recorded (seed 003 A:881 filters on the record date). */
  recordedOn: string;
  leadAgency: Agency;
  supportingAgencies: Agency[];
  recordingAgency: Agency;
  recordedBy: string;
  fourP: FourPCategory;
  assessment: DisruptionAssessment;
  description: string;
  arrests: number;
  marsocFlag: boolean;
  status: DisruptionRecordStatus;
  moderatedBy: string | null;
  moderatedAt: string | null;
  rejectionReason: string | null;
  /** The APMIS disruption it became once moderated. */
  disruptionId: string | null;
}

/** One change of a disruption's MARSOC flag: the back-fill of E547, who, when and why. */
export interface MarsocFlagChangeRow {
  id: string;
  disruptionId: string;
  nominalId: string;
  fromFlag: boolean;
  toFlag: boolean;
  changedBy: string;
  changedByAgency: Agency;
  changedAt: string;
  reason: string;
}

/** A nomination made between PSFs, and the chair's decision on it (E528-E530). */
export interface EmergencyNominationRow {
  nominalId: string;
  nominationId: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  decision: EmergencyDecision | null;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** One entry of a nomination's quality check log (E778, E783). */
export interface QualityCheckRow {
  id: string;
  nominalId: string;
  nominationId: string;
  outcome: QualityCheckOutcome;
  reasons: QualityReturnReason[];
  note: string | null;
  by: string;
  byAgency: Agency;
  at: string;
}

/** A transfer to another regional cohort and the receiving lead's decision (E823). */
export interface CohortTransferRow {
  /** `CT-` and six digits. */
  id: string;
  nominalId: string;
  nominationId: string;
  fromRegion: Region;
  toRegion: Region;
  reason: string;
  status: TransferStatus;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

/** Where a TPM action was assigned and to whom (E807, E813). */
export interface TpmAssignmentRow {
  actionId: string;
  nominalId: string;
  meetingId: string;
  ownerName: string;
}

/** One update of a TPM action by its owning agency. */
export interface TpmUpdateRow {
  id: string;
  actionId: string;
  nominalId: string;
  fromStatus: TpmActionStatus;
  toStatus: TpmActionStatus;
  note: string | null;
  by: string;
  byAgency: Agency;
  at: string;
}

/** What follows a deselection: the plan, the agency that monitors, and a review date (E822, E828). */
export interface MonitoringPlanRow {
  nominalId: string;
  nominationId: string;
  plan: string;
  monitoringAgency: Agency;
  reviewOn: string;
  setBy: string;
  setAt: string;
}

/** An earlier nomination of the same nominal, as the hub checks it (E784, E828). */
export interface PreviousNominationRow {
  nominalId: string;
  nominationId: string;
  region: Region;
  status: CohortStatus;
  nominatingAgency: Agency;
  cycleNominated: number;
  nominatedOn: string;
  decision: ForumDecision | null;
  deselectionReason: DeselectionReason | null;
  exitedOn: string | null;
}
