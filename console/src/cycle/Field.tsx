import { humanise } from '../model/labels';
import { type FormValue, type FormValues } from './useFormValues';

/** A choice as a form offers it: the API's value and, optionally, words for it. */
export type Choice = string | { value: string; label: string };

type FieldKind = 'text' | 'date' | 'textarea' | 'select' | 'checks';

const valueOf = (choice: Choice) =>
  typeof choice === 'string' ? choice : choice.value;
const labelOf = (choice: Choice) =>
  typeof choice === 'string' ? humanise(choice) : choice.label;

/**
 * One labelled field of a cycle form, named as the API names it (so a test
 * and a screen reader find it by name): text, a date, a long text,
 * one choice from a closed list, or several (checkboxes).
 */
export function Field<Values extends Record<string, FormValue>>(props: {
  form: FormValues<Values>;
  name: keyof Values & string;
  label: string;
  kind?: FieldKind;
  choices?: readonly Choice[];
  required?: boolean;
}) {
  const { form, name, kind = 'text', choices = [] } = props;
  const value = form.values[name];
  const set = (next: FormValue) => form.set(name, next as Values[typeof name]);
  const read = (event: Event) =>
    (event.target as HTMLInputElement | HTMLSelectElement).value;
  if (kind === 'checks') {
    const chosen = Array.isArray(value) ? (value as string[]) : [];
    return (
      <fieldset data-field={name}>
        <legend>{props.label}</legend>
        {choices.map((choice) => (
          <label key={valueOf(choice)}>
            <input
              type="checkbox"
              name={name}
              value={valueOf(choice)}
              checked={chosen.includes(valueOf(choice))}
              onChange={() =>
                set(
                  chosen.includes(valueOf(choice))
                    ? chosen.filter((each) => each !== valueOf(choice))
                    : [...chosen, valueOf(choice)],
                )
              }
            />
            {labelOf(choice)}
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <label>
      {props.label}
      {kind === 'select' ? (
        <select
          name={name}
          value={String(value)}
          onChange={(event) => set(read(event))}
        >
          {choices.map((choice) => (
            <option key={valueOf(choice)} value={valueOf(choice)}>
              {labelOf(choice)}
            </option>
          ))}
        </select>
      ) : kind === 'textarea' ? (
        <textarea
          name={name}
          required={props.required}
          value={String(value)}
          onInput={(event) => set(read(event))}
        />
      ) : kind === 'date' ? (
        <input
          type="date"
          name={name}
          required={props.required}
          value={String(value)}
          onInput={(event) => set(read(event))}
        />
      ) : (
        <input
          name={name}
          required={props.required}
          value={String(value)}
          onInput={(event) => set(read(event))}
        />
      )}
    </label>
  );
}
