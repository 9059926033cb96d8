import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Caller, type Session } from '../api/types';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { NominalIdForm } from '../components/NominalIdForm';
import { useGatewayQuery } from '../screens/useGatewayQuery';
import { MembershipActions } from './MembershipActions';
import { MembershipSummary } from './MembershipSummary';
import { MEMBERSHIP_QUERY, type MembershipView } from './nominationOperations';
import { NominationForm } from './NominationForm';

/**
 * Nominations and their hand-offs (seed 000 E528-E530, E777-E828): nominate,
 * then look a nomination up to see where it stands and move it on as the
 * caller's role allows.
 */
export function NominationPanel(props: {
  config: ConsoleConfig;
  session: Session;
  caller: Caller;
  region: string;
  cycle: number;
}) {
  const [nominalId, setNominalId] = useState<string | undefined>();
  const [version, setVersion] = useState(0);
  const reload = () => setVersion(version + 1);
  const result = useGatewayQuery<{
    nominal: { id: string; cohort: MembershipView | null } | null;
  }>(
    props.session,
    MEMBERSHIP_QUERY,
    nominalId ? { id: nominalId } : undefined,
    version,
  );
  const membership = result?.data?.nominal?.cohort;
  return (
    <MarkedPage config={props.config} data={result?.data}>
      <section data-testid="nominations">
        <NominationForm
          session={props.session}
          region={props.region}
          cycle={props.cycle}
          onNominated={(id) => {
            setNominalId(id);
            reload();
          }}
        />
        <h3>A nomination</h3>
        <NominalIdForm
          submitLabel="Show the nomination"
          onSubmit={setNominalId}
        />
        {nominalId && !result && <p role="status">Loading...</p>}
        <ErrorList errors={result?.errors} />
        {result && nominalId && !membership && !result.errors && (
          <p data-testid="no-membership">
            No nomination of {nominalId} that you may see.
          </p>
        )}
        {nominalId && membership && (
          <>
            <MembershipSummary
              nominalId={result?.data?.nominal?.id ?? nominalId}
              membership={membership}
              errors={result?.errors}
            />
            <MembershipActions
              key={`${nominalId}-${version}`}
              session={props.session}
              caller={props.caller}
              nominalId={nominalId}
              cycle={props.cycle}
              membership={membership}
              errors={result?.errors}
              onChanged={reload}
            />
          </>
        )}
      </section>
    </MarkedPage>
  );
}
