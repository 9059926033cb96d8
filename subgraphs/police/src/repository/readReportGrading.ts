import {
  type Agency,
  type HandlingCondition,
  type RecordMarking,
} from '@marsoc/schema';
import { type PoliceIntelligenceReportRecord } from './PoliceRepository';

/** An intelligence report's grading as stored: its lists still JSON text. */
export type StoredReportGrading = Pick<
  PoliceIntelligenceReportRecord,
  'classification' | 'handlingCode' | 'originatorAgency'
> & { handlingConditions: string; consentedAgencies: string };

/**
 * A report's grading as read, with the record-level marking the shared
 * enforcement evaluates for the report and for every link drawn from it. The
 * policy engine checks the marking's shape and fails closed on a malformed
 * one, so the JSON columns are trusted only as far as their type.
 */
export function readReportGrading(stored: StoredReportGrading): {
  handlingConditions: HandlingCondition[];
  consentedAgencies: Agency[];
  marking: RecordMarking;
} {
  const handlingConditions = JSON.parse(
    stored.handlingConditions,
  ) as HandlingCondition[];
  const consentedAgencies = JSON.parse(stored.consentedAgencies) as Agency[];
  return {
    handlingConditions,
    consentedAgencies,
    marking: {
      classification: stored.classification,
      handling: stored.handlingCode,
      conditions: handlingConditions,
      originator: stored.originatorAgency,
      consentedAgencies,
    },
  };
}
