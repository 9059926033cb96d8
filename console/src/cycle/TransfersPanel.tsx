import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Caller, type Session } from '../api/types';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { useGatewayQuery } from '../screens/useGatewayQuery';
import {
  DECIDE_TRANSFER,
  PENDING_TRANSFERS_QUERY,
  type TransferView,
} from './nominationOperations';
import { ReasonedDecisionForm } from './ReasonedDecisionForm';

/**
 * Transfers awaiting a decision into or out of a region of the caller's own
 * (E823), oldest first; the receiving region's lead decides those coming in.
 */
export function TransfersPanel(props: {
  config: ConsoleConfig;
  session: Session;
  caller: Caller;
  region: string;
}) {
  const [version, setVersion] = useState(0);
  const [decided, setDecided] = useState<string[]>([]);
  const result = useGatewayQuery<{
    pendingCohortTransfers: TransferView[] | null;
  }>(props.session, PENDING_TRANSFERS_QUERY, { region: props.region }, version);
  const transfers = result?.data?.pendingCohortTransfers;
  const lead = props.caller.roles.includes('REGIONAL_LEAD');
  return (
    <MarkedPage config={props.config} data={result?.data}>
      <section data-testid="transfers">
        <h3>Transfers pending into or out of {props.region}</h3>
        {!result && <p role="status">Loading...</p>}
        <ErrorList errors={result?.errors} />
        {decided.length > 0 && (
          <p role="status" data-testid="transfer-decided">
            Decided: {decided.join(', ')}
          </p>
        )}
        {transfers?.length === 0 && (
          <p data-testid="no-transfers">No transfer is waiting.</p>
        )}
        {(transfers ?? []).map((transfer, index) => (
          <article
            key={transfer.id ?? index}
            class="card"
            data-testid="pending-transfer"
            data-transfer={transfer.id}
          >
            <p>
              <strong>{transfer.id}</strong>: {transfer.nominal?.id} from{' '}
              {transfer.fromRegion} to {transfer.toRegion}, asked{' '}
              {transfer.requestedAt}: {transfer.reason}
            </p>
            {lead && transfer.id && transfer.toRegion === props.region && (
              <ReasonedDecisionForm
                session={props.session}
                mutation={DECIDE_TRANSFER}
                idField="transferId"
                id={transfer.id}
                choices={[
                  { value: 'ACCEPT', label: 'Accept into our cohort' },
                  { value: 'REFUSE', label: 'Refuse' },
                ]}
                submitLabel="Record the decision"
                onDecided={() => {
                  setDecided([...decided, transfer.id ?? '']);
                  setVersion(version + 1);
                }}
              />
            )}
          </article>
        ))}
      </section>
    </MarkedPage>
  );
}
