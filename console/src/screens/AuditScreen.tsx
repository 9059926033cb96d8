import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Session } from '../api/types';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { NominalIdForm } from '../components/NominalIdForm';
import { useGatewayQuery } from './useGatewayQuery';

const ACCESSES_QUERY = /* GraphQL */ `
  query AccessesTo($nominalId: ID!) {
    accessesTo(nominalId: $nominalId, limit: 200) {
      __typename
      time
      requestId
      service
      processing
      outcome
      purpose
      justification
      actor {
        __typename
        name
        agency
        unit
      }
    }
  }
`;

interface Access {
  time: string | null;
  requestId: string | null;
  service: string | null;
  processing: string | null;
  outcome: string | null;
  purpose: string | null;
  justification: string | null;
  actor: {
    name: string | null;
    agency: string | null;
    unit: string | null;
  } | null;
}

/** Groups an auditor's rows by request, newest request first. */
export function groupByRequest(accesses: readonly Access[]): Access[][] {
  const groups = new Map<string, Access[]>();
  for (const access of accesses) {
    const key = access.requestId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), access]);
  }
  const newest = (group: Access[]) =>
    group.reduce(
      (latest, access) =>
        (access.time ?? '') > latest ? (access.time ?? '') : latest,
      '',
    );
  return [...groups.values()].sort((a, b) =>
    newest(b).localeCompare(newest(a)),
  );
}

/** Who accessed a nominal, one timeline entry per request. */
export function AuditScreen(props: {
  config: ConsoleConfig;
  session: Session;
}) {
  const [nominalId, setNominalId] = useState<string | undefined>();
  const result = useGatewayQuery<{ accessesTo: Access[] | null }>(
    props.session,
    ACCESSES_QUERY,
    nominalId ? { nominalId } : undefined,
  );
  const groups = groupByRequest(result?.data?.accessesTo ?? []);
  return (
    <MarkedPage config={props.config} data={result?.data}>
      <h2>Who accessed a nominal</h2>
      <NominalIdForm submitLabel="Show accesses" onSubmit={setNominalId} />
      <ErrorList errors={result?.errors} />
      {result && nominalId && groups.length === 0 && !result.errors && (
        <p>No recorded access by anyone else.</p>
      )}
      <ol class="timeline" data-testid="audit-timeline">
        {groups.map((group) => {
          const first = group[0];
          return (
            <li key={first?.requestId ?? 'none'} data-testid="audit-request">
              <h4>
                {first?.time ?? '-'}: {first?.actor?.name ?? 'unknown'} (
                {first?.actor?.agency ?? '-'}, {first?.actor?.unit ?? '-'})
              </h4>
              <p>
                Purpose {first?.purpose ?? '-'}: {first?.justification ?? '-'}
              </p>
              <p class="note">Request {first?.requestId ?? '-'}</p>
              <ul>
                {group.map((access, index) => (
                  <li key={index}>
                    {access.service}: {access.processing} - {access.outcome}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </MarkedPage>
  );
}
