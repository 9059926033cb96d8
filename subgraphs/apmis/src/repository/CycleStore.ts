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
 * The cycle's disruptions and hand-offs. Made on the same transaction as the
 * cohort store (ApmisWrites), so a hand-off and the cohort change it drives
 * are kept or dropped together.
 */
export interface CycleStore {
  findWrite(
    actorSub: string,
    clientRequestId: string,
  ): Promise<CycleWrite | null>;
  recordWrite(
    actorSub: string,
    clientRequestId: string,
    write: CycleWrite,
    writtenAt: string,
  ): Promise<void>;
  insertDisruptionRecord(record: NewDisruptionRecord): Promise<string>;
  findDisruptionRecord(recordId: string): Promise<DisruptionRecordRow | null>;
  moderateDisruptionRecord(
    recordId: string,
    moderation: Moderation,
  ): Promise<void>;
  /** Puts a moderated disruption on APMIS; returns its id (DSR-…). */
  insertApmisDisruption(
    disruption: Omit<ApmisDisruptionRow, 'id'>,
  ): Promise<string>;
  findApmisDisruption(disruptionId: string): Promise<ApmisDisruptionRow | null>;
  setMarsocFlag(change: NewFlagChange): Promise<void>;
  insertEmergency(emergency: NewEmergency): Promise<void>;
  findEmergency(nominationId: string): Promise<EmergencyNominationRow | null>;
  decideEmergency(
    nominationId: string,
    change: EmergencyDecisionChange,
  ): Promise<void>;
  insertQualityCheck(check: NewQualityCheck): Promise<void>;
  findLatestQualityCheck(nominationId: string): Promise<QualityCheckRow | null>;
  insertTransfer(transfer: NewTransfer): Promise<string>;
  findTransfer(transferId: string): Promise<CohortTransferRow | null>;
  findPendingTransfer(nominationId: string): Promise<CohortTransferRow | null>;
  decideTransfer(
    transferId: string,
    change: TransferDecisionChange,
  ): Promise<void>;
  /** The newest action on a nomination's TPM Action Log. */
  findLatestTpmActionId(nominationId: string): Promise<string | null>;
  insertTpmAssignment(assignment: TpmAssignmentRow): Promise<void>;
  insertTpmUpdate(update: NewTpmUpdate): Promise<void>;
  saveMonitoringPlan(plan: MonitoringPlanRow): Promise<void>;
}

/** The reads the resolvers make, batched per request. */
export interface CycleReads {
  findDisruptionRecordsByIds(
    recordIds: readonly string[],
  ): Promise<DisruptionRecordRow[]>;
  /** A region's records, newest first, optionally of one status. */
  findDisruptionRecordIds(
    region: Region,
    status: DisruptionRecordStatus | null,
  ): Promise<string[]>;
  findFlagChangesByDisruptionIds(
    disruptionIds: readonly string[],
  ): Promise<MarsocFlagChangeRow[]>;
  /** The record date of disruptions that came through moderation. */
  findRecordDatesByDisruptionIds(
    disruptionIds: readonly string[],
  ): Promise<{ disruptionId: string; recordedOn: string }[]>;
  findEmergenciesByNominationIds(
    nominationIds: readonly string[],
  ): Promise<EmergencyNominationRow[]>;
  findQualityChecksByNominationIds(
    nominationIds: readonly string[],
  ): Promise<QualityCheckRow[]>;
  findPendingTransfersByNominationIds(
    nominationIds: readonly string[],
  ): Promise<CohortTransferRow[]>;
  findTransfersByIds(
    transferIds: readonly string[],
  ): Promise<CohortTransferRow[]>;
  /** Pending transfers into or out of a region, oldest first. */
  findPendingTransferIds(region: Region): Promise<string[]>;
  findAssignmentsByActionIds(
    actionIds: readonly string[],
  ): Promise<TpmAssignmentRow[]>;
  findTpmUpdatesByActionIds(
    actionIds: readonly string[],
  ): Promise<TpmUpdateRow[]>;
  findMonitoringPlansByNominationIds(
    nominationIds: readonly string[],
  ): Promise<MonitoringPlanRow[]>;
  /** By a nomination: the earlier nominations of the same nominal, oldest first. */
  findPreviousNominationsByNominationIds(
    nominationIds: readonly string[],
  ): Promise<(PreviousNominationRow & { laterNominationId: string })[]>;
}
