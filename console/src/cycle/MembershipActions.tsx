import { type Caller, type GraphQLErrorView, type Session } from '../api/types';
import { DeselectionForm } from './DeselectionForm';
import { EmergencyDecisionForm } from './EmergencyDecisionForm';
import { type MembershipView } from './nominationOperations';
import { QualityCheckForm } from './QualityCheckForm';
import { ResubmissionForm } from './ResubmissionForm';
import { Shown } from './Shown';
import { TpmActionList } from './TpmActionList';
import { TransferRequestForm } from './TransferRequestForm';

interface EmergencyView {
  decision: string | null;
}
interface QualityCheckView {
  outcome: string | null;
}

/**
 * What the caller may do next with a nomination, by where it stands and
 * their role: the chair decides an emergency nomination, checks quality,
 * transfers and deselects; the nominating agency resubmits; an action's
 * owning agency updates it. The gateway checks each again.
 */
export function MembershipActions(props: {
  session: Session;
  caller: Caller;
  nominalId: string;
  cycle: number;
  membership: MembershipView;
  errors: readonly GraphQLErrorView[] | undefined;
  onChanged: () => void;
}) {
  const { membership, session, nominalId, onChanged } = props;
  const lead = props.caller.roles.includes('REGIONAL_LEAD');
  const emergency = membership.emergencyNomination as EmergencyView | null;
  const checks = (membership.qualityChecks ?? []) as QualityCheckView[];
  const returned = checks.at(-1)?.outcome === 'RETURN';
  const nominated = membership.status === 'NOMINATED';
  const selected = membership.status === 'SELECTED';
  return (
    <div data-testid="membership-actions">
      {lead && nominated && emergency && !emergency.decision && (
        <EmergencyDecisionForm
          session={session}
          nominalId={nominalId}
          cycle={props.cycle}
          onDecided={onChanged}
        />
      )}
      {lead && nominated && !returned && (
        <QualityCheckForm
          session={session}
          nominalId={nominalId}
          onChecked={onChanged}
        />
      )}
      {nominated && returned && (
        <ResubmissionForm
          session={session}
          nominalId={nominalId}
          onResubmitted={onChanged}
        />
      )}
      {lead && selected && !membership.pendingTransfer && membership.region && (
        <TransferRequestForm
          session={session}
          nominalId={nominalId}
          fromRegion={membership.region}
          onRequested={onChanged}
        />
      )}
      {lead && selected && (
        <DeselectionForm
          session={session}
          nominalId={nominalId}
          cycle={props.cycle}
          onDeselected={onChanged}
        />
      )}
      <h4>TPM actions</h4>
      {membership.tpmActions ? (
        <TpmActionList
          session={session}
          actions={membership.tpmActions}
          callerAgency={props.caller.agency}
          onUpdated={onChanged}
        />
      ) : (
        <Shown
          value={null}
          errors={props.errors}
          path={['nominal', 'cohort', 'tpmActions']}
        />
      )}
    </div>
  );
}
