import { type Agency } from './agency';
import { type Classification } from './classification';
import { type Region } from './agency';
import { createEnumeration } from './enumeration';

/**
 * 3x5x2 intelligence grading (College of Policing APP, Intelligence management;
 * docs/policy-model.md#intelligence-grading).
 */
export const SourceEvaluation = createEnumeration('SourceEvaluation', [
  '1',
  '2',
  '3',
] as const);
export type SourceEvaluation = (typeof SourceEvaluation.values)[number];

export const IntelligenceAssessment = createEnumeration(
  'IntelligenceAssessment',
  ['A', 'B', 'C', 'D', 'E'] as const,
);
export type IntelligenceAssessment =
  (typeof IntelligenceAssessment.values)[number];

export const HandlingCode = createEnumeration('HandlingCode', [
  'P',
  'C',
] as const);
export type HandlingCode = (typeof HandlingCode.values)[number];

/** Structured conditions that handling code C carries. */
export type HandlingCondition =
  | { kind: 'ORIGINATOR_CONSENT_REQUIRED' }
  | { kind: 'NO_ONWARD_DISSEMINATION' }
  | { kind: 'RESTRICT_TO_AGENCIES'; agencies: readonly Agency[] }
  | { kind: 'SANITISE_SOURCE' }
  | { kind: 'FREE_TEXT'; text: string };

export interface IntelligenceGrading {
  source: SourceEvaluation;
  intelligence: IntelligenceAssessment;
  handling: HandlingCode;
  conditions: readonly HandlingCondition[];
}

/**
 * The markings a single record carries, evaluated per record on top of the
 * field's decision. Absent properties impose nothing.
 */
export interface RecordMarking {
  classification?: Classification;
  handling?: HandlingCode;
  conditions?: readonly HandlingCondition[];
  /** The agency that originated the record (for consent and onward sharing). */
  originator?: Agency;
  /** Agencies whose consent the originator has recorded for this record. */
  consentedAgencies?: readonly Agency[];
  /** A covert-interest record: NCND to everyone outside the owner. */
  covert?: boolean;
  /**
   * The MARSOC regions whose forums the nominal has been put to (APMIS). A
   * permit with the NOMINATED_IN_CALLER_REGION condition opens the record only
   * to a caller in one of them; absent, it opens it to nobody.
   */
  nominatedRegions?: readonly Region[];
}
