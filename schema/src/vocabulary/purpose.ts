import { createEnumeration } from './enumeration';

/**
 * Why a caller asks. Every operation that touches a nominal names one, with a
 * free-text justification (DPA 2018 s.62; docs/audit-design.md#what-a-record-holds).
 */
export const Purpose = createEnumeration('Purpose', [
  'COHORT_MANAGEMENT',
  'INTELLIGENCE_DEVELOPMENT',
  'OFFENDER_MANAGEMENT',
  'STAFF_SAFETY',
  'PERFORMANCE_REPORTING',
  'AUDIT',
] as const);
export type Purpose = (typeof Purpose.values)[number];

/** The shortest justification accepted: long enough to say something. */
export const MIN_JUSTIFICATION_LENGTH = 10;
