import { createEnumeration } from '@marsoc/schema';

/**
 * The closed code lists of the MARSOC cohort workflow. The schema.graphql enums
 * and input descriptions list the same values.
 */

/** What a Prioritisation and Selection Forum decides (seed 000 E200, E794). */
export const ForumDecision = createEnumeration('CohortDecision', [
  'ACCEPT',
  'DECLINE',
  'DEFER',
  'REDIRECT',
] as const);
export type ForumDecision = (typeof ForumDecision.values)[number];

/**
 * Every change the workflow makes to a nomination, as the cohort event log
 * names it (seed 000 Table B1, E777-E828).
 */
export const CohortTransition = createEnumeration('CohortTransition', [
  'NOMINATE',
  'NOT_PUT_FORWARD',
  'ACCEPT',
  'DECLINE',
  'DEFER',
  'REDIRECT',
  'SET_PLAN',
  'ADD_TPM_ACTION',
  'UPDATE_TPM_ACTION',
  'DESELECT',
  'TRANSFER',
  'EXIT',
] as const);
export type CohortTransition = (typeof CohortTransition.values)[number];

/**
 * Mandatory nomination criteria. The Guidance Manual's list is not in the
 * sources (docs/sources.md#how-a-citation-reads), so these codes are project-defined from the
 * definition of highest harm (seed 000 E442) and the programme's aim (E176, E639).
 */
export const MandatoryCriterion = createEnumeration(
  'CohortMandatoryCriterion',
  ['HIGHEST_HARM', 'CURRENT_SOC_ACTIVITY', 'MULTI_AGENCY_OPPORTUNITY'] as const,
);
export type MandatoryCriterion = (typeof MandatoryCriterion.values)[number];

/**
 * Non-mandatory criteria: strong nominations need not meet them all (E440).
 * Project-defined from E442 (future harm, others led to cause harm) and E448
 * (custody and supervision).
 */
export const OtherCriterion = createEnumeration('CohortOtherCriterion', [
  'FUTURE_HARM_POTENTIAL',
  'DIRECTS_OTHERS',
  'OFFENDING_FROM_CUSTODY',
  'UNDER_SUPERVISION',
  'OCG_LINKED',
] as const);
export type OtherCriterion = (typeof OtherCriterion.values)[number];

/**
 * Why a nominal leaves the cohort (seed 000 E822: threat level, available
 * resource; E484: limited intelligence; E486: criteria no longer met). A move to
 * another region is a transfer, not a deselection (E823).
 */
export const DeselectionReason = createEnumeration('CohortDeselectionReason', [
  'THREAT_LEVEL_REDUCED',
  'INSUFFICIENT_RESOURCE',
  'LACK_OF_INTELLIGENCE',
  'CRITERIA_NO_LONGER_MET',
  'OTHER',
] as const);
export type DeselectionReason = (typeof DeselectionReason.values)[number];

/**
 * Where an action on the TPM Action Log stands (seed 000 E807, E813); REJECTED
 * is a tasking request turned down (KPI "tasking requests rejected", E814).
 */
export const TpmActionStatus = createEnumeration('CohortTpmActionStatus', [
  'OPEN',
  'IN_PROGRESS',
  'COMPLETED',
  'REJECTED',
  'CANCELLED',
] as const);
export type TpmActionStatus = (typeof TpmActionStatus.values)[number];
