import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Caller, type Session } from '../api/types';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { RequestDetails } from '../components/RequestDetails';
import { RequestFollowUp } from '../components/RequestFollowUp';
import {
  createRequesterListQuery,
  type DisclosureRequestView,
  mergeRequesterLists,
} from '../model/disclosureRequestQueries';
import { useGatewayQuery } from './useGatewayQuery';

const LIST_QUERY = createRequesterListQuery();

/**
 * The requests the caller raised, to every owner the console asks, newest
 * first: where each stands, the owner's answer and a decline's reason; a
 * pending one may be withdrawn, a declined or expired one re-opened.
 */
export function MyRequestsScreen(props: {
  config: ConsoleConfig;
  session: Session;
  caller: Caller;
  onOpen: (nominalId: string) => void;
}) {
  const result = useGatewayQuery<
    Record<string, DisclosureRequestView[] | null>
  >(props.session, LIST_QUERY, {});
  // A change answers with the request as it now stands; shown in place.
  const [changed, setChanged] = useState<
    Readonly<Record<string, DisclosureRequestView>>
  >({});
  // An officer's list also carries their own agency's queue: not theirs.
  const requests = mergeRequesterLists(result?.data)
    .filter((request) => request.owner !== props.caller.agency)
    .map((request) => changed[request.id] ?? request);
  return (
    <MarkedPage config={props.config} data={result?.data}>
      <h2>My disclosure requests</h2>
      {!result && <p role="status">Loading your requests...</p>}
      <ErrorList errors={result?.errors} />
      {result && requests.length === 0 && (
        <p data-testid="no-requests">
          You have raised no disclosure requests. Raise one from a held card on
          a Subject Profile.
        </p>
      )}
      {requests.map((request) => (
        <article
          key={request.id}
          class="card request"
          data-testid="my-request"
          data-status={request.status}
          data-owner={request.owner}
          data-category={request.category}
          data-nominal={request.nominalId}
        >
          <RequestDetails request={request} />
          <button type="button" onClick={() => props.onOpen(request.nominalId)}>
            Open {request.nominalId}
          </button>
          <RequestFollowUp
            session={props.session}
            request={request}
            onChanged={(next) =>
              setChanged((current) => ({ ...current, [next.id]: next }))
            }
          />
        </article>
      ))}
    </MarkedPage>
  );
}
