import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Caller, type Session } from '../api/types';
import { DecisionForm } from '../components/DecisionForm';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { RequestDetails } from '../components/RequestDetails';
import { findRequestOperations } from '../model/disclosureRequestOperations';
import {
  createQueueQuery,
  type DisclosureRequestView,
  findServingBases,
  type LegalBasisView,
  queueVariables,
} from '../model/disclosureRequestQueries';
import { agencyName, describeRequestStatus } from '../model/labels';
import { useGatewayQuery } from './useGatewayQuery';

/**
 * A disclosure officer's queue: their agency's pending requests, the one due
 * soonest first, each with who asked, for where and why, how urgently, and
 * the legal bases on the owner's list that can serve its purpose; decided
 * there. The owner's service decides who may see and answer the queue.
 */
export function DisclosureQueueScreen(props: {
  config: ConsoleConfig;
  session: Session;
  caller: Caller;
}) {
  const owner = props.caller.agency;
  const operations = findRequestOperations(owner);
  const result = useGatewayQuery<{
    requests: DisclosureRequestView[] | null;
    legalBases: LegalBasisView[] | null;
  }>(
    props.session,
    operations ? createQueueQuery(operations) : '',
    operations ? queueVariables(operations, owner) : undefined,
  );
  const [decided, setDecided] = useState<
    Readonly<Record<string, DisclosureRequestView>>
  >({});
  if (!operations)
    return (
      <p data-testid="no-queue">
        Requests to {agencyName(owner)} are not yet decided in the console.
      </p>
    );
  const bases = result?.data?.legalBases ?? [];
  const pending = [...(result?.data?.requests ?? [])].sort((a, b) =>
    (a.respondBy ?? '').localeCompare(b.respondBy ?? ''),
  );
  return (
    <MarkedPage config={props.config} data={result?.data}>
      <h2>Disclosure requests to {agencyName(owner)}</h2>
      {!result && <p role="status">Loading the queue...</p>}
      <ErrorList errors={result?.errors} />
      {result && pending.length === 0 && (
        <p data-testid="queue-empty">No request is waiting for a decision.</p>
      )}
      {pending.map((request) => {
        const answered = decided[request.id];
        const serving = findServingBases(bases, request);
        return (
          <article
            key={request.id}
            class="card request"
            data-testid="queue-request"
            data-nominal={request.nominalId}
            data-category={request.category}
          >
            <RequestDetails request={answered ?? request} withRequester />
            {answered ? (
              <p data-testid="decided" role="status">
                Decided: {describeRequestStatus(answered.status)}.
              </p>
            ) : (
              <>
                <RegisterNeeds bases={serving} />
                <DecisionForm
                  session={props.session}
                  operations={operations}
                  request={request}
                  bases={serving}
                  onDecided={(next) =>
                    setDecided((current) => ({ ...current, [next.id]: next }))
                  }
                />
              </>
            )}
          </article>
        );
      })}
    </MarkedPage>
  );
}

/** The legal bases an approval of this request may name, with what each permits. */
function RegisterNeeds(props: { bases: readonly LegalBasisView[] }) {
  if (props.bases.length === 0)
    return (
      <p class="note" data-testid="register-needs">
        No legal basis on the register&apos;s list serves this request&apos;s
        purpose: it can only be declined.
      </p>
    );
  return (
    <div data-testid="register-needs">
      <h4>What the register needs: an approval names one of</h4>
      <ul class="legal-bases">
        {props.bases.map((basis) => (
          <li key={basis.id} data-testid="legal-basis">
            <strong>
              {basis.statute} {basis.provision}
            </strong>
            : {basis.description}
          </li>
        ))}
      </ul>
    </div>
  );
}
