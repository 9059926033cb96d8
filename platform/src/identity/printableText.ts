// Control, format and line-separator characters in text that reaches the
// consultation log could forge or hide log lines, and bidi overrides could make a
// line read differently from what it holds.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}]/u;

/** True when the text holds a control, format or separator character. */
export function containsUnprintable(text: string): boolean {
  return UNPRINTABLE.test(text);
}
