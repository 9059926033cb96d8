import { useState } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { humanise } from '../model/labels';

/**
 * Purpose and justification, asked before any nominal data and changeable at
 * any time: every request carries them and is audited under them.
 */
export function PurposeForm(props: {
  config: ConsoleConfig;
  initial?: { purpose: string; justification: string };
  onDeclare: (purpose: string, justification: string) => void;
  onCancel?: () => void;
}) {
  const [purpose, setPurpose] = useState(
    props.initial?.purpose ?? props.config.purposes[0] ?? '',
  );
  const [justification, setJustification] = useState(
    props.initial?.justification ?? '',
  );
  const tooShort =
    justification.trim().length < props.config.minJustificationLength;
  return (
    <form
      class="purpose"
      data-testid="purpose-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!tooShort) props.onDeclare(purpose, justification.trim());
      }}
    >
      <h2>Why are you asking?</h2>
      <p>
        Every request you make is recorded with your purpose and justification.
      </p>
      <label>
        Purpose
        <select
          name="purpose"
          value={purpose}
          onChange={(event) =>
            setPurpose((event.target as HTMLSelectElement).value)
          }
        >
          {props.config.purposes.map((each) => (
            <option key={each} value={each}>
              {humanise(each)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Justification
        <input
          name="justification"
          value={justification}
          placeholder="e.g. Subject profile for the regional tasking meeting"
          onInput={(event) =>
            setJustification((event.target as HTMLInputElement).value)
          }
        />
      </label>
      {tooShort && (
        <p class="note">
          At least {props.config.minJustificationLength} characters.
        </p>
      )}
      <button type="submit" disabled={tooShort}>
        Continue
      </button>
      {props.onCancel && (
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      )}
    </form>
  );
}
