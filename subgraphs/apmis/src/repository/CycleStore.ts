import { type Region } from '@marsoc/schema';
import { type ApmisDisruptionRow } from './ApmisRepository';
import {
  type CohortTransferRow,
  type DisruptionRecordRow,
  type EmergencyNominationRow,
  type MarsocFlagChangeRow,
  type MonitoringPlanRow,
  type PreviousNominationRow,
  type QualityCheckRow,
  type TpmAssignmentRow,
  type TpmUpdateRow,
} from './CycleRows';
import {
  type CycleOperation,
  type DisruptionRecordStatus,
  type EmergencyDecision,
  type TransferStatus,
} from './cycleVocabulary';

/** A mutation already applied under a caller's client request id. */
export interface CycleWrite {
  operation: CycleOperation;
  inputHash: string;
  resultId: string;
}

export type NewDisruptionRecord = Omit<
  DisruptionRecordRow,
  | 'id'
  | 'status'
  | 'moderatedBy'
  | 'moderatedAt'
  | 'rejectionReason'
  | 'disruptionId'
>;

/** The hub's moderation: onto APMIS as `disruptionId`, or rejected with a reason. */
export interface Moderation {
  status: Exclude<DisruptionRecordStatus, 'RECORDED'>;
  moderatedBy: string;
  moderatedAt: string;
  rejectionReason: string | null;
  disruptionId: string | null;
}

export type NewFlagChange = Omit<MarsocFlagChangeRow, 'id'>;
export type NewEmergency = Omit<
  EmergencyNominationRow,
  'decision' | 'decisionReason' | 'decidedBy' | 'decidedAt'
>;
export interface EmergencyDecisionChange {
  decision: EmergencyDecision;
  decisionReason: string;
  decidedBy: string;
  decidedAt: string;
}
export type NewQualityCheck = Omit<QualityCheckRow, 'id'>;
export type NewTransfer = Omit<
  CohortTransferRow,
  'id' | 'status' | 'decidedBy' | 'decidedAt' | 'decisionReason'
>;
export interface TransferDecisionChange {
  status: Exclude<TransferStatus, 'PENDING'>;
  decidedBy: string;
  decidedAt: string;
  decisionReason: string | null;
}
export type NewTpmUpdate = Omit<TpmUpdateRow, 'id'>;

/**
 * The cycle's disruptions and hand-offs. Writes run inside the cohort store's
 * transaction (the same database), so a hand-off and the cohort change it
 * drives are kept or dropped together.
 */
export interface CycleStore {
  findWrite(actorSub: string, clientRequestId: string): CycleWrite | null;
  recordWrite(
    actorSub: string,
    clientRequestId: string,
    write: CycleWrite,
    writtenAt: string,
  ): void;
  insertDisruptionRecord(record: NewDisruptionRecord): string;
  findDisruptionRecord(recordId: string): DisruptionRecordRow | null;
  moderateDisruptionRecord(recordId: string, moderation: Moderation): void;
  /** Puts a moderated disruption on APMIS; returns its id (DSR-…). */
  insertApmisDisruption(disruption: Omit<ApmisDisruptionRow, 'id'>): string;
  findApmisDisruption(disruptionId: string): ApmisDisruptionRow | null;
  setMarsocFlag(change: NewFlagChange): void;
  insertEmergency(emergency: NewEmergency): void;
  findEmergency(nominationId: string): EmergencyNominationRow | null;
  decideEmergency(nominationId: string, change: EmergencyDecisionChange): void;
  insertQualityCheck(check: NewQualityCheck): void;
  findLatestQualityCheck(nominationId: string): QualityCheckRow | null;
  insertTransfer(transfer: NewTransfer): string;
  findTransfer(transferId: string): CohortTransferRow | null;
  findPendingTransfer(nominationId: string): CohortTransferRow | null;
  decideTransfer(transferId: string, change: TransferDecisionChange): void;
  /** The newest action on a nomination's TPM Action Log. */
  findLatestTpmActionId(nominationId: string): string | null;
  insertTpmAssignment(assignment: TpmAssignmentRow): void;
  insertTpmUpdate(update: NewTpmUpdate): void;
  saveMonitoringPlan(plan: MonitoringPlanRow): void;
}

/** The reads the resolvers make, batched per request. */
export interface CycleReads {
  findDisruptionRecordsByIds(
    recordIds: readonly string[],
  ): DisruptionRecordRow[];
  /** A region's records, newest first, optionally of one status. */
  findDisruptionRecordIds(
    region: Region,
    status: DisruptionRecordStatus | null,
  ): string[];
  findFlagChangesByDisruptionIds(
    disruptionIds: readonly string[],
  ): MarsocFlagChangeRow[];
  /** The record date of disruptions that came through moderation. */
  findRecordDatesByDisruptionIds(
    disruptionIds: readonly string[],
  ): { disruptionId: string; recordedOn: string }[];
  findEmergenciesByNominationIds(
    nominationIds: readonly string[],
  ): EmergencyNominationRow[];
  findQualityChecksByNominationIds(
    nominationIds: readonly string[],
  ): QualityCheckRow[];
  findPendingTransfersByNominationIds(
    nominationIds: readonly string[],
  ): CohortTransferRow[];
  findTransfersByIds(transferIds: readonly string[]): CohortTransferRow[];
  /** Pending transfers into or out of a region, oldest first. */
  findPendingTransferIds(region: Region): string[];
  findAssignmentsByActionIds(actionIds: readonly string[]): TpmAssignmentRow[];
  findTpmUpdatesByActionIds(actionIds: readonly string[]): TpmUpdateRow[];
  findMonitoringPlansByNominationIds(
    nominationIds: readonly string[],
  ): MonitoringPlanRow[];
  /** By a nomination: the earlier nominations of the same nominal, oldest first. */
  findPreviousNominationsByNominationIds(
    nominationIds: readonly string[],
  ): (PreviousNominationRow & { laterNominationId: string })[];
}
