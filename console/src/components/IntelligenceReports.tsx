import { classificationLabel, humanise } from '../model/labels';

interface HandlingCondition {
  kind?: string | null;
  agencies?: string[] | null;
  text?: string | null;
}

interface IntelligenceReport {
  reference?: string | null;
  dateRecorded?: string | null;
  sourceEvaluation?: string | null;
  intelligenceAssessment?: string | null;
  handlingCode?: string | null;
  handlingConditions?: HandlingCondition[] | null;
  originatorAgency?: string | null;
  classification?: string | null;
  text?: string | null;
  sourceDetails?: string | null;
}

/**
 * Intelligence as an analyst must handle it: each report's own classification,
 * its handling code and every handling condition in words beside the text.
 */
export function IntelligenceReports(props: { reports: IntelligenceReport[] }) {
  return (
    <div class="intelligence">
      {props.reports.map((report, index) => (
        <article
          key={report.reference ?? index}
          class="report"
          data-testid="intelligence-report"
        >
          <header>
            <strong>{report.reference ?? 'Report'}</strong>
            {report.classification && (
              <span class="marking">
                {classificationLabel(report.classification)}
              </span>
            )}
            {report.handlingCode && (
              <span class="handling" data-testid="handling-code">
                Handling code {report.handlingCode}
              </span>
            )}
            {report.dateRecorded && <span>{report.dateRecorded}</span>}
          </header>
          {(report.handlingConditions ?? []).length > 0 && (
            <ul class="conditions" data-testid="handling-conditions">
              {(report.handlingConditions ?? []).map(
                (condition, conditionIndex) => (
                  <li key={conditionIndex}>
                    {humanise(condition.kind ?? 'CONDITION')}
                    {condition.agencies && condition.agencies.length > 0
                      ? `: ${condition.agencies.join(', ')}`
                      : ''}
                    {condition.text ? ` - ${condition.text}` : ''}
                  </li>
                ),
              )}
            </ul>
          )}
          {report.text && <p>{report.text}</p>}
          <p class="grading">
            {report.sourceEvaluation && <>Source {report.sourceEvaluation}. </>}
            {report.intelligenceAssessment && (
              <>Intelligence {report.intelligenceAssessment}. </>
            )}
            {report.originatorAgency && (
              <>Originator {report.originatorAgency}.</>
            )}
          </p>
          {report.sourceDetails && (
            <p class="source">Source details: {report.sourceDetails}</p>
          )}
        </article>
      ))}
    </div>
  );
}
