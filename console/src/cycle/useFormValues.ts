import { useState } from 'preact/hooks';

/** A form's draft values by field name: text, one choice or several. */
export type FormValue = string | readonly string[];

export interface FormValues<Values extends Record<string, FormValue>> {
  values: Values;
  set: <Name extends keyof Values>(name: Name, value: Values[Name]) => void;
  reset: () => void;
}

/** A form's draft, field by field, and a reset to where it started. */
export function useFormValues<Values extends Record<string, FormValue>>(
  initial: Values,
): FormValues<Values> {
  const [values, setValues] = useState(initial);
  return {
    values,
    set: (name, value) =>
      setValues((current) => ({ ...current, [name]: value })),
    reset: () => setValues(initial),
  };
}

/** Trimmed text, or nothing at all when blank (the API's optional fields). */
export function optionalText(value: FormValue): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? undefined : text;
}

/** One objective or item per line, blanks dropped. */
export function readLines(value: FormValue): string[] {
  return String(value)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
