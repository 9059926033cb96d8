import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Session } from '../api/types';
import { BarChart } from '../components/BarChart';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { humanise } from '../model/labels';
import { useGatewayQuery } from './useGatewayQuery';
import { useIndicatorChart } from './useIndicatorChart';

const FUNNEL = `__typename cycle nominated putForward selected notSelected deselected netCohort`;
const PERFORMANCE_QUERY = /* GraphQL */ `
  query Performance {
    performance {
      __typename
      cohortFunnel { __typename cycles { ${FUNNEL} } totals { ${FUNNEL} } }
      byAssessment: disruptionsBy(dimension: ASSESSMENT) { __typename key count }
      byFourP: disruptionsBy(dimension: FOUR_P) { __typename key count }
    }
  }
`;

interface FunnelRow {
  cycle: number | null;
  nominated: number | null;
  putForward: number | null;
  selected: number | null;
  deselected: number | null;
  netCohort: number | null;
}

interface Performance {
  cohortFunnel: { cycles: FunnelRow[] | null } | null;
  byAssessment: { key: string; count: number }[] | null;
  byFourP: { key: string; count: number }[] | null;
}

/** Performance charts (aggregates only), for callers the register allows them. */
export function PerformanceScreen(props: {
  config: ConsoleConfig;
  session: Session;
}) {
  const result = useGatewayQuery<{ performance: Performance | null }>(
    props.session,
    PERFORMANCE_QUERY,
    {},
  );
  const performance = result?.data?.performance;
  const indicators = useIndicatorChart(props.session);
  const stages: (keyof FunnelRow)[] = [
    'nominated',
    'putForward',
    'selected',
    'deselected',
    'netCohort',
  ];
  return (
    <MarkedPage config={props.config} data={[result?.data, indicators.data]}>
      <h2>Performance</h2>
      {!result && <p role="status">Loading...</p>}
      <ErrorList errors={result?.errors} />
      {(performance?.cohortFunnel?.cycles ?? []).map((row) => (
        <BarChart
          key={row.cycle}
          testId="funnel-chart"
          title={`Cohort funnel, cycle ${row.cycle ?? '-'}`}
          bars={stages.map((stage) => ({
            label: humanise(stage),
            value: Number(row[stage] ?? 0),
          }))}
        />
      ))}
      {performance?.byAssessment && (
        <BarChart
          testId="assessment-chart"
          title="Disruptions by assessment"
          bars={performance.byAssessment.map((row) => ({
            label: humanise(row.key),
            value: row.count,
          }))}
        />
      )}
      {performance?.byFourP && (
        <BarChart
          testId="fourp-chart"
          title="Disruptions by P (Pursue, Prevent, Protect, Prepare)"
          bars={performance.byFourP.map((row) => ({
            label: humanise(row.key),
            value: row.count,
          }))}
        />
      )}
      {indicators.section}
    </MarkedPage>
  );
}
