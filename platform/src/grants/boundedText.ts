import { containsUnprintable } from '../identity/printableText';

/** Short, plain values (ids, codes) that may be repeated back in an error. */
const ECHOABLE = /^[A-Za-z0-9_.:+-]{1,40}$/;

/**
 * How an error may refer to a submitted value: the value itself when it is a
 * short plain code or id, otherwise a placeholder, so no free text a caller
 * sends is ever reflected back (or into a log) verbatim.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string' && ECHOABLE.test(value)) return `"${value}"`;
  return 'the value given';
}

/** The outcome of reading a free-text field: the trimmed text, or why it is unusable. */
export type TextReading =
  { ok: true; text: string } | { ok: false; problem: string };

/**
 * Reads a required free-text field: present, not blank, at most `maxLength`
 * characters after trimming, and free of control or bidi characters (they could
 * forge or hide lines in the consultation log).
 */
export function readBoundedText(
  value: unknown,
  label: string,
  maxLength: number,
): TextReading {
  if (value === undefined || value === null) {
    return { ok: false, problem: `${label} is required.` };
  }
  if (typeof value !== 'string') {
    return { ok: false, problem: `${label} must be text.` };
  }
  const text = value.trim();
  if (text === '') return { ok: false, problem: `${label} is required.` };
  if (text.length > maxLength) {
    return {
      ok: false,
      problem: `${label} must be at most ${maxLength} characters (it has ${text.length}).`,
    };
  }
  if (containsUnprintable(text)) {
    return {
      ok: false,
      problem: `${label} contains control or formatting characters.`,
    };
  }
  return { ok: true, text };
}
