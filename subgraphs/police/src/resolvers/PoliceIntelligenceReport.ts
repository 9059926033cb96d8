import {
  type Agency,
  type HandlingCondition,
  type RecordMarking,
} from '@marsoc/schema';
import { type PoliceIntelligenceReportRow } from '../repository/PoliceRepository';
import { SanitisedText } from '../SanitisedText';

/**
 * A handling condition as the schema shows it. It carries its report's nominal
 * and marking, so each of its fields is decided exactly as the report is.
 */
interface HandlingConditionView {
  nominalId: string;
  marking: RecordMarking;
  kind: HandlingCondition['kind'];
  agencies: readonly Agency[] | null;
  text: string | null;
}

function showCondition(
  report: PoliceIntelligenceReportRow,
  condition: HandlingCondition,
): HandlingConditionView {
  return {
    nominalId: report.nominalId,
    marking: report.marking,
    kind: condition.kind,
    agencies:
      condition.kind === 'RESTRICT_TO_AGENCIES' ? condition.agencies : null,
    text: condition.kind === 'FREE_TEXT' ? condition.text : null,
  };
}

export const PoliceIntelligenceReport = {
  // The summary rides with the text so that SUMMARY can release it instead.
  text: (report: PoliceIntelligenceReportRow): SanitisedText =>
    new SanitisedText(report.text, report.sanitisedSummary),
  handlingConditions: (
    report: PoliceIntelligenceReportRow,
  ): HandlingConditionView[] =>
    report.handlingConditions.map((condition) =>
      showCondition(report, condition),
    ),
};
