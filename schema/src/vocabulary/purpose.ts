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

/**
 * Purposes that never see a nominal's record, so no case-specific disclosure
 * may name them (docs/policy-model.md#case-specific-disclosures): reporting
 * reads only aggregates, and an audit reads the access log, not the record.
 */
export const UNGRANTABLE_PURPOSES: readonly Purpose[] = [
  'PERFORMANCE_REPORTING',
  'AUDIT',
];
