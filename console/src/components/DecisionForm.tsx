import { useState } from 'preact/hooks';
import { Region } from '@marsoc/schema/vocabulary';
import { type Session } from '../api/types';
import { useRequestChange } from '../api/useRequestChange';
import { type RequestOperationNames } from '../model/disclosureRequestOperations';
import {
  createDecideMutation,
  type DisclosureRequestView,
  type LegalBasisView,
} from '../model/disclosureRequestQueries';
import { DECISION_CHOICES } from '../model/labels';
import { ErrorList } from './ErrorList';

/** The end of the chosen day, in UTC: the grant stops then. */
function endOfDay(date: string): string {
  return `${date}T23:59:59Z`;
}

/** Comma-separated units as a list; blanks dropped. */
function readUnits(text: string): string[] {
  return text
    .split(',')
    .map((unit) => unit.trim())
    .filter(Boolean);
}

/**
 * A disclosure officer's answer to one request. An approval (in full or in
 * part) names a legal basis from the owner's list and an expiry, and reaches
 * the requester's region and unit unless the officer widens it; a decline
 * gives the requester a reason. The owner's service checks it all again and
 * changes nothing when it refuses.
 */
export function DecisionForm(props: {
  session: Session;
  operations: RequestOperationNames;
  request: DisclosureRequestView;
  bases: readonly LegalBasisView[];
  onDecided: (request: DisclosureRequestView) => void;
}) {
  const { request } = props;
  const { send, sending, errors } = useRequestChange(props.session);
  const [decision, setDecision] = useState('APPROVE');
  const [legalBasis, setLegalBasis] = useState(props.bases[0]?.id ?? '');
  const [expiresOn, setExpiresOn] = useState('');
  const [reason, setReason] = useState('');
  const [widen, setWiden] = useState(false);
  const [regions, setRegions] = useState<string[]>(
    request.forRegion ? [request.forRegion] : [],
  );
  const [units, setUnits] = useState(request.forUnit ?? '');
  const [allUnits, setAllUnits] = useState(false);
  const declining = decision === 'DECLINE';
  const submit = (event: Event) => {
    event.preventDefault();
    const scope = widen
      ? {
          regions,
          ...(allUnits ? { allUnits: true } : { units: readUnits(units) }),
        }
      : {};
    const variables = declining
      ? { id: request.id, decision, reason: reason.trim() }
      : {
          id: request.id,
          decision,
          legalBasis,
          expiresAt: endOfDay(expiresOn),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
          ...scope,
        };
    send(createDecideMutation(props.operations), variables, (result) => {
      if (result.request) props.onDecided(result.request);
    });
  };
  const toggleRegion = (region: string) =>
    setRegions((current) =>
      current.includes(region)
        ? current.filter((each) => each !== region)
        : [...current, region],
    );
  return (
    <form class="decision-form" data-testid="decision-form" onSubmit={submit}>
      <fieldset>
        <legend>Decision</legend>
        {DECISION_CHOICES.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name="decision"
              value={choice.value}
              checked={decision === choice.value}
              onChange={() => setDecision(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      {!declining && (
        <>
          <label>
            Legal basis
            <select
              name="legalBasis"
              required
              value={legalBasis}
              onChange={(event) =>
                setLegalBasis((event.target as HTMLSelectElement).value)
              }
            >
              {props.bases.map((basis) => (
                <option key={basis.id} value={basis.id}>
                  {basis.statute} {basis.provision}
                </option>
              ))}
            </select>
          </label>
          <label>
            Released until
            <input
              type="date"
              name="expiresOn"
              required
              value={expiresOn}
              onChange={(event) =>
                setExpiresOn((event.target as HTMLInputElement).value)
              }
            />
          </label>
          <label>
            <input
              type="checkbox"
              name="widen"
              checked={widen}
              onChange={() => setWiden(!widen)}
            />
            Widen beyond the requester&apos;s region and unit
          </label>
          {widen && (
            <fieldset data-testid="decision-scope">
              <legend>Released to</legend>
              {Region.values.map((region) => (
                <label key={region}>
                  <input
                    type="checkbox"
                    name="regions"
                    value={region}
                    checked={regions.includes(region)}
                    onChange={() => toggleRegion(region)}
                  />
                  {region}
                </label>
              ))}
              <label>
                <input
                  type="checkbox"
                  name="allUnits"
                  checked={allUnits}
                  onChange={() => setAllUnits(!allUnits)}
                />
                Every unit in these regions
              </label>
              {!allUnits && (
                <label>
                  Units (comma-separated)
                  <input
                    name="units"
                    value={units}
                    onInput={(event) =>
                      setUnits((event.target as HTMLInputElement).value)
                    }
                  />
                </label>
              )}
            </fieldset>
          )}
        </>
      )}
      <label>
        {declining ? 'Reason (the requester reads it)' : 'Note (optional)'}
        <textarea
          name="reason"
          required={declining}
          value={reason}
          onInput={(event) =>
            setReason((event.target as HTMLTextAreaElement).value)
          }
        />
      </label>
      <ErrorList errors={errors} />
      <button type="submit" disabled={sending}>
        {sending ? 'Sending...' : 'Record decision'}
      </button>
    </form>
  );
}
