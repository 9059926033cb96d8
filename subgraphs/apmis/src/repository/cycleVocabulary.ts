import { createEnumeration } from '@marsoc/schema';

/**
 * The closed code lists of the cycle's disruptions and hand-offs (seed 000
 * E528-E530, E545-E549, E778-E828; seed 003 A:871-A:881). The schema.graphql
 * enums list the same values.
 */

/**
 * Where a disruption recorded through the gateway stands: recorded by a team
 * without APMIS access or by HMPPS (E545, E547), then moderated onto APMIS or
 * rejected by the hub ("different systems for moderation", E569; the
 * inspectorate counts only moderated records, seed 003 A:875).
 */
export const DisruptionRecordStatus = createEnumeration(
  'DisruptionRecordStatus',
  ['RECORDED', 'MODERATED', 'REJECTED'] as const,
);
export type DisruptionRecordStatus =
  (typeof DisruptionRecordStatus.values)[number];

export const ModerationDecision = createEnumeration('ModerationDecision', [
  'MODERATE',
  'REJECT',
] as const);
export type ModerationDecision = (typeof ModerationDecision.values)[number];

/**
 * The chair's decision on an emergency nomination between PSFs (E528-E530):
 * select now, or leave it to the next PSF as any nomination.
 */
export const EmergencyDecision = createEnumeration('EmergencyDecision', [
  'ACCEPT',
  'REFER_TO_PSF',
] as const);
export type EmergencyDecision = (typeof EmergencyDecision.values)[number];

/**
 * The hub's quality check of a nomination (Table B1 1.2, E778, E783: "correctly
 * completed vs required further information and resubmitting"), and the
 * nominator's resubmission after a return.
 */
export const QualityCheckOutcome = createEnumeration('QualityCheckOutcome', [
  'PASS',
  'RETURN',
  'RESUBMITTED',
] as const);
export type QualityCheckOutcome = (typeof QualityCheckOutcome.values)[number];

/**
 * Why a nomination is returned. The Guidance Manual's list is not in the
 * sources, so these are project-defined from what the evaluation asks the hubs
 * ("what types of information were typically missing", E783; criteria, E784;
 * Case File and Subject Profile, E785, E789; another region, E783, E804).
 */
export const QualityReturnReason = createEnumeration('QualityReturnReason', [
  'INFORMATION_MISSING',
  'CRITERIA_NOT_EVIDENCED',
  'CASE_FILE_INCOMPLETE',
  'SUBJECT_PROFILE_INCOMPLETE',
  'BELONGS_TO_ANOTHER_REGION',
] as const);
export type QualityReturnReason = (typeof QualityReturnReason.values)[number];

/** A transfer to another regional cohort (Table B1 5.3, E823), until its receiving lead decides. */
export const TransferStatus = createEnumeration('CohortTransferStatus', [
  'PENDING',
  'ACCEPTED',
  'REFUSED',
] as const);
export type TransferStatus = (typeof TransferStatus.values)[number];

export const TransferDecision = createEnumeration('CohortTransferDecision', [
  'ACCEPT',
  'REFUSE',
] as const);
export type TransferDecision = (typeof TransferDecision.values)[number];

/** Every write of the cycle's disruptions and hand-offs, as its write log names it. */
export const CycleOperation = createEnumeration('CycleOperation', [
  'RECORD_DISRUPTION',
  'MODERATE_DISRUPTION',
  'BACK_FILL_FLAG',
  'EMERGENCY_NOMINATION',
  'EMERGENCY_DECISION',
  'QUALITY_CHECK',
  'RESUBMISSION',
  'TRANSFER_REQUEST',
  'TRANSFER_DECISION',
  'ASSIGN_TPM_ACTION',
  'UPDATE_TPM_ACTION',
  'DESELECTION',
] as const);
export type CycleOperation = (typeof CycleOperation.values)[number];
