import { type JSX } from 'preact';
import { useState } from 'preact/hooks';
import { type Session } from '../api/types';
import { type Bar, BarChart } from '../components/BarChart';
import { ErrorList } from '../components/ErrorList';
import { useGatewayQuery } from './useGatewayQuery';

const CATALOGUE_QUERY = /* GraphQL */ `
  query PerformanceIndicators {
    performance {
      __typename
      indicators {
        __typename
        name
        stage
        title
        groupings
        denominator
      }
    }
  }
`;
const INDICATOR_QUERY = /* GraphQL */ `
  query PerformanceIndicator(
    $name: ApmisIndicatorName!
    $by: [ApmisIndicatorGrouping!]!
  ) {
    performance {
      __typename
      indicator(name: $name, by: $by) {
        __typename
        region
        cycle
        agency
        breakdown
        value
        denominator
      }
    }
  }
`;

interface Definition {
  name: string;
  stage: string;
  title: string;
  groupings: string[];
  denominator: string | null;
}

interface Row {
  region: string | null;
  cycle: number | null;
  agency: string | null;
  breakdown: string | null;
  value: number;
  denominator: number | null;
}

type Performance<T> = { performance: T | null };
const TOTAL = 'TOTAL';

/** NORTH_WEST → "North west"; humanise would keep its short words as acronyms. */
const sentenceCase = (code: string): string =>
  code.charAt(0) + code.slice(1).toLowerCase().replaceAll('_', ' ');

/** A row's bar: its keys in words, and what it is out of where it has a denominator. */
function barOf(row: Row, grouping: string): Bar {
  const keys = [
    grouping === 'REGION' && sentenceCase(row.region ?? 'NONE'),
    grouping === 'CYCLE' &&
      (row.cycle === null ? 'Outside a TPM' : `Cycle ${row.cycle}`),
    grouping === 'AGENCY' && (row.agency ?? 'None recorded'),
    row.breakdown !== null && sentenceCase(row.breakdown),
  ].filter((key): key is string => typeof key === 'string');
  const label = keys.length > 0 ? keys.join(', ') : 'All';
  return {
    label:
      row.denominator === null ? label : `${label} (of ${row.denominator})`,
    value: row.value,
  };
}

/**
 * The Performance Framework's indicators (APMIS `performance.indicator`) as a
 * chart with a picker of indicator and grouping. Returns the data it showed,
 * for the page's banner, and the section to render.
 */
export function useIndicatorChart(session: Session): {
  data: unknown;
  section: JSX.Element;
} {
  const catalogue = useGatewayQuery<
    Performance<{ indicators: Definition[] | null }>
  >(session, CATALOGUE_QUERY, {});
  const definitions = catalogue?.data?.performance?.indicators ?? [];
  const [name, setName] = useState('NOMINATIONS_MADE');
  const [grouping, setGrouping] = useState('REGION');
  const definition = definitions.find((each) => each.name === name);
  const by = grouping === TOTAL ? [] : [grouping];
  const answer = useGatewayQuery<Performance<{ indicator: Row[] | null }>>(
    session,
    INDICATOR_QUERY,
    definition ? { name, by } : undefined,
  );
  const choose = (next: string) => {
    setName(next);
    const groupings = definitions.find((each) => each.name === next)?.groupings;
    if (groupings && grouping !== TOTAL && !groupings.includes(grouping))
      setGrouping(groupings[0] ?? TOTAL);
  };
  const rows = answer?.data?.performance?.indicator;
  const section = (
    <section data-testid="indicators">
      <h3>Performance Framework indicators</h3>
      <ErrorList errors={catalogue?.errors ?? answer?.errors} />
      {definition && (
        <form
          class="inline"
          data-testid="indicator-picker"
          onSubmit={(event) => event.preventDefault()}
        >
          <label>
            Indicator
            <select
              name="indicator"
              value={name}
              onChange={(event) =>
                choose((event.target as HTMLSelectElement).value)
              }
            >
              {definitions.map((each) => (
                <option key={each.name} value={each.name}>
                  {`${each.stage} ${each.title}`}
                </option>
              ))}
            </select>
          </label>
          <label>
            By
            <select
              name="grouping"
              value={grouping}
              onChange={(event) =>
                setGrouping((event.target as HTMLSelectElement).value)
              }
            >
              {[...definition.groupings, TOTAL].map((each) => (
                <option key={each} value={each}>
                  {sentenceCase(each)}
                </option>
              ))}
            </select>
          </label>
        </form>
      )}
      {definition && !answer && <p role="status">Loading...</p>}
      {definition && rows && (
        <BarChart
          testId="indicator-chart"
          title={`${definition.stage} ${definition.title}${
            grouping === TOTAL ? '' : `, by ${grouping.toLowerCase()}`
          }`}
          bars={rows.map((row) => barOf(row, grouping))}
        />
      )}
      {definition?.denominator && (
        <p class="note">Each bar is out of {definition.denominator}.</p>
      )}
    </section>
  );
  return { data: [catalogue?.data, answer?.data], section };
}
