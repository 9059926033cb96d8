import { useState } from 'preact/hooks';

/**
 * A one-line form asking for a nominal id, starting at NOM-00001: the screens
 * that look one nominal up (its accesses, its grants) ask the same way.
 */
export function NominalIdForm(props: {
  submitLabel: string;
  onSubmit(nominalId: string): void;
}) {
  const [draft, setDraft] = useState('NOM-00001');
  return (
    <form
      class="inline"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(draft.trim());
      }}
    >
      <label>
        Nominal
        <input
          name="nominalId"
          value={draft}
          onInput={(event) =>
            setDraft((event.target as HTMLInputElement).value)
          }
        />
      </label>
      <button type="submit">{props.submitLabel}</button>
    </form>
  );
}
