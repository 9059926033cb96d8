import { createEnumeration } from '@marsoc/schema';

/**
 * The closed code lists of APMIS records. APMIS has no public specification
 * (docs/sources.md#standards-and-guidance), so these are project-defined; the enum
 * types of schema.graphql list the same values.
 */
export const ThreatType = createEnumeration('ApmisThreatType', [
  'OCG',
  'PRIORITY_INDIVIDUAL',
  'VULNERABILITY',
] as const);
export type ThreatType = (typeof ThreatType.values)[number];

/** MoRiLE confidence (docs/sources.md#standards-and-guidance). */
export const Confidence = createEnumeration('ApmisConfidence', [
  'LOW',
  'MEDIUM',
  'HIGH',
] as const);
export type Confidence = (typeof Confidence.values)[number];

export const ModerationStatus = createEnumeration('ApmisModerationStatus', [
  'DRAFT',
  'MODERATED',
  'REJECTED',
] as const);
export type ModerationStatus = (typeof ModerationStatus.values)[number];

export const ThreatPhase = createEnumeration('ApmisThreatPhase', [
  'ACTIVE',
  'DORMANT',
  'ARCHIVED',
] as const);
export type ThreatPhase = (typeof ThreatPhase.values)[number];

/** The 4P framework strands (seed 000 E549). */
export const FourPCategory = createEnumeration('ApmisFourPCategory', [
  'PURSUE',
  'PREVENT',
  'PROTECT',
  'PREPARE',
] as const);
export type FourPCategory = (typeof FourPCategory.values)[number];

/** Disruption impact levels (seed 000 E547). */
export const DisruptionAssessment = createEnumeration(
  'ApmisDisruptionAssessment',
  ['MAJOR', 'MODERATE', 'MINOR', 'NO_IMPACT'] as const,
);
export type DisruptionAssessment = (typeof DisruptionAssessment.values)[number];

/**
 * Where a nomination stands (the seed 000 lifecycle, E192-E216, E419-E432).
 * The seeded monitoring data (Table 1) gives NOT_PUT_FORWARD, NOT_SELECTED,
 * SELECTED (the current cohort) and DESELECTED; the workflow adds NOMINATED
 * (awaiting the hub, E777-E789), DEFERRED and REDIRECTED (PSF outcomes, E200,
 * E794, E800-E804) and EXITED (the risk-managed exit with monitoring, E824-E828).
 * A transfer to another regional cohort (E823) keeps the nominal SELECTED.
 */
export const CohortStatus = createEnumeration('CohortStatus', [
  'NOMINATED',
  'NOT_PUT_FORWARD',
  'NOT_SELECTED',
  'DEFERRED',
  'REDIRECTED',
  'SELECTED',
  'DESELECTED',
  'EXITED',
] as const);
export type CohortStatus = (typeof CohortStatus.values)[number];

/** Statuses of a nomination still in progress; a nominal has at most one open nomination. */
export const OPEN_COHORT_STATUSES: readonly CohortStatus[] = [
  'NOMINATED',
  'DEFERRED',
  'REDIRECTED',
  'SELECTED',
];

/** Supervision at nomination (seed 000 E419). */
export const SupervisionStatus = createEnumeration('CohortSupervisionStatus', [
  'CUSTODY',
  'PROBATION',
  'NONE',
] as const);
export type SupervisionStatus = (typeof SupervisionStatus.values)[number];
