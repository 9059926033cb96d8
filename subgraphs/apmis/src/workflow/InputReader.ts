import { containsUnprintable } from '@marsoc/platform';
import { type Enumeration } from '@marsoc/schema';

/** The latest meeting cycle a record may name (project-defined; six ran in 13 months, E743). */
export const MAX_CYCLE = 99;

const NOMINAL_ID = /^NOM-\d{5,7}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Short plain codes and ids may be repeated back in an error; free text never is. */
const ECHOABLE = /^[A-Za-z0-9_.:+-]{1,40}$/;

export function describeValue(value: unknown): string {
  if (typeof value === 'string' && ECHOABLE.test(value)) return `"${value}"`;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return 'the value given';
}

/**
 * Reads the fields of one mutation input, collecting a sentence for every
 * problem rather than stopping at the first, so a refusal lists them all. Each
 * method returns the value read, or null when it was unusable.
 */
export class InputReader {
  readonly problems: string[] = [];

  nominalId(value: unknown, label = 'nominalId'): string | null {
    if (typeof value === 'string' && NOMINAL_ID.test(value)) return value;
    return this.refuse(
      `${label} ${describeValue(value)} is not a nominal id (NOM- and digits).`,
    );
  }

  code<T extends string>(
    enumeration: Enumeration<T>,
    value: unknown,
    label: string,
  ): T | null {
    if (enumeration.is(value)) return value;
    return this.refuse(
      `${label} ${describeValue(value)} is not one of ${enumeration.values.join(', ')}.`,
    );
  }

  /** A list of distinct codes, at least `min` of them. */
  codes<T extends string>(
    enumeration: Enumeration<T>,
    value: unknown,
    label: string,
    min = 0,
  ): T[] | null {
    const items = this.list(value, label);
    if (items === null) return null;
    const before = this.problems.length;
    const codes = items.map((item) => this.code(enumeration, item, label));
    if (this.problems.length > before) return null;
    return this.distinct(codes as T[], label, min);
  }

  /** Required free text: not blank, at most `maxLength` characters, printable. */
  text(value: unknown, label: string, maxLength: number): string | null {
    if (typeof value !== 'string' || value.trim() === '')
      return this.refuse(`${label} is required.`);
    const text = value.trim();
    if (text.length > maxLength)
      return this.refuse(
        `${label} must be at most ${maxLength} characters (it has ${text.length}).`,
      );
    if (containsUnprintable(text))
      return this.refuse(`${label} contains control or formatting characters.`);
    return text;
  }

  /** Free text that may be left out; null when it was, or was unusable. */
  optionalText(
    value: unknown,
    label: string,
    maxLength: number,
  ): string | null {
    return isAbsent(value) ? null : this.text(value, label, maxLength);
  }

  /** A list of free-text items, at least `min` and at most `max` of them. */
  texts(
    value: unknown,
    label: string,
    limits: { min: number; max: number; maxLength: number },
  ): string[] | null {
    const items = this.list(isAbsent(value) ? [] : value, label);
    if (items === null) return null;
    if (items.length > limits.max)
      return this.refuse(`${label} may hold at most ${limits.max} items.`);
    const before = this.problems.length;
    const texts = items.map((item, index) =>
      this.text(item, `${label}[${index}]`, limits.maxLength),
    );
    if (this.problems.length > before) return null;
    return this.distinct(texts as string[], label, limits.min);
  }

  cycle(value: unknown, label = 'cycle'): number | null {
    if (
      Number.isInteger(value) &&
      (value as number) >= 1 &&
      (value as number) <= MAX_CYCLE
    )
      return value as number;
    return this.refuse(
      `${label} ${describeValue(value)} is not a meeting cycle (a whole number from 1 to ${MAX_CYCLE}).`,
    );
  }

  /** An ISO date (YYYY-MM-DD) no earlier than `earliest`. */
  dateFrom(value: unknown, label: string, earliest: string): string | null {
    if (typeof value !== 'string' || !isCalendarDate(value))
      return this.refuse(
        `${label} ${describeValue(value)} is not a date (YYYY-MM-DD).`,
      );
    if (value < earliest)
      return this.refuse(
        `${label} ${value} is in the past; it must be ${earliest} or later.`,
      );
    return value;
  }

  boolean(value: unknown, label: string): boolean | null {
    if (typeof value === 'boolean') return value;
    return this.refuse(`${label} must be true or false.`);
  }

  /** A field that does not belong with the rest of the input. */
  absent(value: unknown, label: string, because: string): void {
    if (!isAbsent(value)) this.refuse(`${label} must be left out ${because}.`);
  }

  refuse(problem: string): null {
    this.problems.push(problem);
    return null;
  }

  private list(value: unknown, label: string): unknown[] | null {
    if (Array.isArray(value)) return value as unknown[];
    return this.refuse(`${label} must be a list.`);
  }

  private distinct<T>(items: T[], label: string, min: number): T[] | null {
    if (new Set(items).size !== items.length)
      return this.refuse(`${label} names the same item twice.`);
    if (items.length < min)
      return this.refuse(
        `${label} needs at least ${min} item${min === 1 ? '' : 's'}.`,
      );
    return items;
  }
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)
  );
}

/** The request's day (UTC), for "not in the past" checks. */
export function readToday(now: string): string {
  return now.slice(0, 10);
}
