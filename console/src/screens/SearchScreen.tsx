import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Session } from '../api/types';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { useGatewayQuery } from './useGatewayQuery';

const SEARCH_QUERY = /* GraphQL */ `
  query SearchNominals(
    $name: String
    $dateOfBirth: String
    $identifier: String
  ) {
    searchNominals(
      name: $name
      dateOfBirth: $dateOfBirth
      identifier: $identifier
      limit: 20
    ) {
      __typename
      candidates {
        __typename
        score
        matchedAgencies
        matchedOn
        nominal {
          __typename
          id
          apmis {
            __typename
            name
            dateOfBirth
            region
          }
        }
      }
    }
  }
`;

interface Candidate {
  score: number | null;
  matchedAgencies: string[] | null;
  matchedOn: string[] | null;
  nominal: {
    id: string;
    apmis: { name?: string; dateOfBirth?: string; region?: string } | null;
  } | null;
}

/** Search by name (spelling and aliases tolerated), date of birth or identifier. */
export function SearchScreen(props: {
  config: ConsoleConfig;
  session: Session;
  onOpen: (id: string) => void;
}) {
  const [form, setForm] = useState({
    name: '',
    dateOfBirth: '',
    identifier: '',
  });
  const [criteria, setCriteria] = useState<
    Record<string, unknown> | undefined
  >();
  const result = useGatewayQuery<{
    searchNominals: { candidates: Candidate[] | null } | null;
  }>(props.session, SEARCH_QUERY, criteria);
  const submit = (event: Event) => {
    event.preventDefault();
    setCriteria({
      name: form.name.trim() || null,
      dateOfBirth: form.dateOfBirth.trim() || null,
      identifier: form.identifier.trim() || null,
    });
  };
  const field = (
    key: keyof typeof form,
    label: string,
    placeholder: string,
  ) => (
    <label>
      {label}
      <input
        name={key}
        value={form[key]}
        placeholder={placeholder}
        onInput={(event) =>
          setForm({ ...form, [key]: (event.target as HTMLInputElement).value })
        }
      />
    </label>
  );
  const [nominalId, setNominalId] = useState('');
  const candidates = result?.data?.searchNominals?.candidates ?? [];
  return (
    <MarkedPage config={props.config} data={result?.data}>
      <h2>Search nominals</h2>
      <form class="search" onSubmit={submit} data-testid="search-form">
        {field('name', 'Name or alias', 'e.g. Florian Mudlark')}
        {field('dateOfBirth', 'Date of birth', 'yyyy-mm-dd')}
        {field(
          'identifier',
          'Identifier',
          'PNC ID, CRO, prison number, CRN or APMIS ref',
        )}
        <button type="submit">Search</button>
      </form>
      <form
        class="inline"
        data-testid="open-by-id"
        onSubmit={(event) => {
          event.preventDefault();
          if (nominalId.trim()) props.onOpen(nominalId.trim());
        }}
      >
        <label>
          Or open a nominal by id
          <input
            name="nominalId"
            value={nominalId}
            placeholder="NOM-00001"
            onInput={(event) =>
              setNominalId((event.target as HTMLInputElement).value)
            }
          />
        </label>
        <button type="submit">Open</button>
      </form>
      {criteria && !result && <p role="status">Searching...</p>}
      <ErrorList errors={result?.errors} />
      {result && candidates.length === 0 && !result.errors && (
        <p>No candidates you may see.</p>
      )}
      {candidates.length > 0 && (
        <table class="records" data-testid="search-results">
          <thead>
            <tr>
              <th>Nominal</th>
              <th>Name</th>
              <th>Date of birth</th>
              <th>Region</th>
              <th>Matched on</th>
              <th>Score</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {candidates.map((candidate) =>
              candidate.nominal ? (
                <tr key={candidate.nominal.id}>
                  <td>{candidate.nominal.id}</td>
                  <td>{candidate.nominal.apmis?.name ?? '-'}</td>
                  <td>{candidate.nominal.apmis?.dateOfBirth ?? '-'}</td>
                  <td>{candidate.nominal.apmis?.region ?? '-'}</td>
                  <td>{(candidate.matchedOn ?? []).join(', ')}</td>
                  <td>{candidate.score?.toFixed(2) ?? '-'}</td>
                  <td>
                    <button
                      type="button"
                      data-testid={`open-${candidate.nominal.id}`}
                      onClick={() =>
                        candidate.nominal && props.onOpen(candidate.nominal.id)
                      }
                    >
                      Open
                    </button>
                  </td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      )}
    </MarkedPage>
  );
}
