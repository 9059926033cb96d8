import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Caller, type Session } from '../api/types';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { ValueView } from '../components/ValueView';
import { useGatewayQuery } from './useGatewayQuery';

const NOMINAL = `nominal { __typename id apmis { __typename name } }`;
const COHORT_QUERY = /* GraphQL */ `
  query RegionCohort($region: String!, $since: String!) {
    cohort(region: $region) {
      __typename id
      apmis { __typename name }
      cohort { __typename status region nominatingAgency cycleNominated supervisionAtNomination }
    }
    cohortChanges(region: $region, since: $since) {
      __typename
      cohortEvents { __typename change occurredAt detail owningAgency ${NOMINAL} }
      newDisruptions { __typename date owningAgency ${NOMINAL} disruption { __typename assessment fourP description } }
      prisonMovements { __typename change movementDate fromLocation toLocation owningAgency ${NOMINAL} }
    }
  }
`;

function oneYearAgo(): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() - 1);
  return date.toISOString().slice(0, 10);
}

/** A regional lead's cohort with status, and what changed since a date. */
export function CohortScreen(props: {
  config: ConsoleConfig;
  session: Session;
  caller: Caller;
  onOpen: (id: string) => void;
}) {
  const [region, setRegion] = useState(props.caller.regions[0] ?? '');
  const [since, setSince] = useState(oneYearAgo());
  const result = useGatewayQuery<{
    cohort:
      | {
          id: string;
          apmis: { name?: string } | null;
          cohort: Record<string, unknown> | null;
        }[]
      | null;
    cohortChanges: Record<string, unknown[] | null> | null;
  }>(props.session, COHORT_QUERY, { region, since });
  const changes = result?.data?.cohortChanges;
  return (
    <MarkedPage config={props.config} data={result?.data}>
      <h2>Regional cohort</h2>
      <form class="inline" onSubmit={(event) => event.preventDefault()}>
        <label>
          Region
          <select
            value={region}
            onChange={(event) =>
              setRegion((event.target as HTMLSelectElement).value)
            }
          >
            {props.caller.regions.map((each) => (
              <option key={each} value={each}>
                {each}
              </option>
            ))}
          </select>
        </label>
        <label>
          Changes since
          <input
            type="date"
            value={since}
            onChange={(event) =>
              setSince((event.target as HTMLInputElement).value)
            }
          />
        </label>
      </form>
      {!result && <p role="status">Loading...</p>}
      <ErrorList errors={result?.errors} />
      {result?.data?.cohort && (
        <table class="records" data-testid="cohort-table">
          <thead>
            <tr>
              <th>Nominal</th>
              <th>Name</th>
              <th>Status</th>
              <th>Nominated by</th>
              <th>Cycle</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {result.data.cohort.map((member) => (
              <tr key={member.id}>
                <td>{member.id}</td>
                <td>{member.apmis?.name ?? '-'}</td>
                <td>{String(member.cohort?.status ?? '-')}</td>
                <td>{String(member.cohort?.nominatingAgency ?? '-')}</td>
                <td>{String(member.cohort?.cycleNominated ?? '-')}</td>
                <td>
                  <button type="button" onClick={() => props.onOpen(member.id)}>
                    Open
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changes && (
        <div data-testid="change-feed">
          <h3>Cohort changes since {since}</h3>
          <ValueView value={changes.cohortEvents ?? []} />
          <h3>New disruptions</h3>
          <ValueView value={changes.newDisruptions ?? []} />
          <h3>Prison transfers, releases and recalls</h3>
          <ValueView value={changes.prisonMovements ?? []} />
        </div>
      )}
    </MarkedPage>
  );
}
