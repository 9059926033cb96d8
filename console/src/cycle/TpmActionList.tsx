import { type Session } from '../api/types';
import { type TpmActionView } from './nominationOperations';
import { TpmActionUpdateForm } from './TpmActionUpdateForm';

/**
 * A nomination's TPM Action Log (E807, E813): each action with its named
 * owner and updates, and an update form for the owning agency's staff.
 */
export function TpmActionList(props: {
  session: Session;
  actions: readonly TpmActionView[];
  callerAgency: string;
  onUpdated: () => void;
}) {
  if (props.actions.length === 0) return <p>No TPM action yet.</p>;
  return (
    <ul data-testid="tpm-actions">
      {props.actions.map((action, index) => (
        <li
          key={action.id ?? index}
          data-action={action.id}
          data-status={action.status}
        >
          <strong>{action.id}</strong> ({action.status}): {action.action}; owner{' '}
          {action.assignment?.ownerName ?? '-'} ({action.owningAgency}), due{' '}
          {action.dueDate}
          {(action.updates ?? []).map((update, at) => (
            <div key={at} class="note">
              {update.byAgency}: {update.fromStatus} to {update.toStatus}
              {update.note ? `: ${update.note}` : ''}
            </div>
          ))}
          {action.id &&
            action.status &&
            action.owningAgency === props.callerAgency && (
              <TpmActionUpdateForm
                key={`${action.id}-${action.status}`}
                session={props.session}
                actionId={action.id}
                status={action.status}
                onUpdated={props.onUpdated}
              />
            )}
        </li>
      ))}
    </ul>
  );
}
