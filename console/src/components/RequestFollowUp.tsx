import { useState } from 'preact/hooks';
import { type Session } from '../api/types';
import { useRequestChange } from '../api/useRequestChange';
import { findRequestOperations } from '../model/disclosureRequestOperations';
import {
  createReopenMutation,
  createWithdrawMutation,
  type DisclosureRequestView,
} from '../model/disclosureRequestQueries';
import { ErrorList } from './ErrorList';

/**
 * What the requester may still do with a request: withdraw it while it is
 * pending, re-open it with a new justification once declined or expired
 * (under the purpose it was raised for). Anything else is final.
 */
export function RequestFollowUp(props: {
  session: Session;
  request: DisclosureRequestView;
  onChanged: (request: DisclosureRequestView) => void;
}) {
  const { request } = props;
  const operations = findRequestOperations(request.owner);
  const [justification, setJustification] = useState('');
  const { send: sendChange, sending, errors } = useRequestChange(props.session);
  const send = (mutation: string, variables: Record<string, unknown>) =>
    sendChange(mutation, variables, (result) => {
      if (result.request) props.onChanged(result.request);
    });
  if (!operations) return null;
  if (request.status === 'PENDING')
    return (
      <>
        <button
          type="button"
          data-testid="withdraw-request"
          disabled={sending}
          onClick={() =>
            send(createWithdrawMutation(operations), { id: request.id })
          }
        >
          Withdraw
        </button>
        <ErrorList errors={errors} />
      </>
    );
  if (request.status !== 'DECLINED' && request.status !== 'EXPIRED')
    return null;
  return (
    <form
      class="reopen-form"
      data-testid="reopen-form"
      onSubmit={(event) => {
        event.preventDefault();
        send(createReopenMutation(operations), {
          id: request.id,
          justification: justification.trim(),
        });
      }}
    >
      <label>
        New justification
        <textarea
          name="justification"
          required
          value={justification}
          onInput={(event) =>
            setJustification((event.target as HTMLTextAreaElement).value)
          }
        />
      </label>
      <ErrorList errors={errors} />
      <button type="submit" disabled={sending}>
        Re-open
      </button>
    </form>
  );
}
