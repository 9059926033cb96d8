import { useState } from 'preact/hooks';
import { DisclosureUrgency } from '@marsoc/schema/vocabulary';
import { type Caller, type Session } from '../api/types';
import { useRequestChange } from '../api/useRequestChange';
import { createRandomString } from '../auth/pkce';
import { type RequestOperationNames } from '../model/disclosureRequestOperations';
import {
  createRaiseMutation,
  type DisclosureRequestView,
} from '../model/disclosureRequestQueries';
import {
  agencyName,
  describeRequestStatus,
  describeUrgency,
  formatInstant,
  humanise,
} from '../model/labels';
import { ErrorList } from './ErrorList';

/** What a request is about, taken from the card it was raised from. */
export interface RequestSubject {
  owner: string;
  nominalId: string;
  category: string;
}

/**
 * Asks the owner for a held or withheld category: raised under the purpose
 * declared for this session, with a justification that starts as the
 * declared one. One retry key per form, so a second click or a resend after
 * a lost answer returns the first request rather than raising another.
 */
export function RequestDisclosureForm(props: {
  session: Session;
  caller: Caller | undefined;
  subject: RequestSubject;
  operations: RequestOperationNames;
}) {
  const { session, caller, subject } = props;
  const [clientRequestId] = useState(() => `console-${createRandomString(18)}`);
  const [justification, setJustification] = useState(session.justification);
  const [urgency, setUrgency] = useState<string>('ROUTINE');
  const [urgencyReason, setUrgencyReason] = useState('');
  const [forRegion, setForRegion] = useState(caller?.regions[0] ?? '');
  const [forUnit, setForUnit] = useState(caller?.unit ?? '');
  const { send, sending, errors } = useRequestChange(session);
  const [raised, setRaised] = useState<DisclosureRequestView | undefined>();
  if (raised) {
    return (
      <p class="request-raised" data-testid="request-raised" role="status">
        Request sent to {agencyName(raised.owner)}:{' '}
        {describeRequestStatus(raised.status)}; an answer is due by{' '}
        {formatInstant(raised.respondBy)}. Follow it under My requests.
      </p>
    );
  }
  const submit = (event: Event) => {
    event.preventDefault();
    const input = {
      owner: subject.owner,
      nominalId: subject.nominalId,
      category: subject.category,
      urgency,
      clientRequestId,
      justification: justification.trim(),
      ...(urgency === 'ROUTINE' ? {} : { urgencyReason: urgencyReason.trim() }),
      ...(forRegion ? { forRegion } : {}),
      ...(forUnit.trim() ? { forUnit: forUnit.trim() } : {}),
    };
    send(createRaiseMutation(props.operations), { input }, (result) =>
      setRaised(result.request),
    );
  };
  return (
    <form class="request-form" data-testid="request-form" onSubmit={submit}>
      <p>
        Ask {agencyName(subject.owner)} for {humanise(subject.category)} on{' '}
        {subject.nominalId}, for your declared purpose,{' '}
        <strong>{humanise(session.purpose)}</strong>.
      </p>
      <label>
        Justification
        <textarea
          name="justification"
          required
          value={justification}
          onInput={(event) =>
            setJustification((event.target as HTMLTextAreaElement).value)
          }
        />
      </label>
      <fieldset>
        <legend>Urgency</legend>
        {DisclosureUrgency.values.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="urgency"
              value={value}
              checked={urgency === value}
              onChange={() => setUrgency(value)}
            />
            {describeUrgency(value)}
          </label>
        ))}
        {urgency !== 'ROUTINE' && (
          <label>
            Why it cannot wait
            <textarea
              name="urgencyReason"
              required
              value={urgencyReason}
              onInput={(event) =>
                setUrgencyReason((event.target as HTMLTextAreaElement).value)
              }
            />
          </label>
        )}
      </fieldset>
      <label>
        For region
        <select
          name="forRegion"
          value={forRegion}
          onChange={(event) =>
            setForRegion((event.target as HTMLSelectElement).value)
          }
        >
          {(caller?.regions ?? []).map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
      </label>
      <label>
        For unit
        <input
          name="forUnit"
          value={forUnit}
          onInput={(event) =>
            setForUnit((event.target as HTMLInputElement).value)
          }
        />
      </label>
      <ErrorList errors={errors} />
      <button type="submit" disabled={sending}>
        {sending ? 'Sending...' : 'Send request'}
      </button>
    </form>
  );
}
