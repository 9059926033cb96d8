import {
  Agency,
  type Caller,
  type DataCategory,
  DisclosureUrgency,
  MIN_JUSTIFICATION_LENGTH,
  type Region,
} from '@marsoc/schema';
import { describeValue, readBoundedText } from '../grants/boundedText';
import { DISCLOSURE_GRANTS_CATEGORY } from '../grants/validateGrantInput';
import { MAX_JUSTIFICATION_LENGTH } from '../identity/requestPurpose';

// Each reader returns the value it read, or undefined having added a sentence
// to `problems`: a raise or re-opening lists every problem at once.

export const MAX_URGENCY_REASON_LENGTH = 500;

const CATEGORY_ID = /^[A-Z][A-Z0-9_]{0,63}$/;

/** An owner this service holds, never the caller's own agency. */
export function readOwner(
  value: unknown,
  context: { owners: readonly Agency[]; caller: Caller },
  problems: string[],
): Agency | undefined {
  if (value === context.caller.agency && Agency.is(value)) {
    problems.push(
      `owner ${value} is your own agency: a request goes to another agency's disclosure officer.`,
    );
    return undefined;
  }
  if (Agency.is(value) && context.owners.includes(value)) return value;
  problems.push(
    `owner ${describeValue(value)} is not an agency whose data this service holds (${context.owners.join(', ')}).`,
  );
  return undefined;
}

/** A category the owner holds marked fields of here; never the record of grants itself. */
export function readCategory(
  value: unknown,
  categories: readonly DataCategory[] | undefined,
  owner: Agency | undefined,
  problems: string[],
): DataCategory | undefined {
  if (typeof value !== 'string' || !CATEGORY_ID.test(value)) {
    problems.push(
      `category ${describeValue(value)} is not a register category id.`,
    );
    return undefined;
  }
  if (value === DISCLOSURE_GRANTS_CATEGORY) {
    problems.push(
      'category DISCLOSURE_GRANTS is the record of grants itself and cannot be asked for.',
    );
    return undefined;
  }
  if (categories !== undefined && !categories.includes(value)) {
    problems.push(
      `category ${value} is not one ${owner} holds in this service (${categories.join(', ')}).`,
    );
    return undefined;
  }
  return value;
}

export function readPattern(
  value: unknown,
  pattern: RegExp,
  label: string,
  expected: string,
  problems: string[],
): string | undefined {
  if (typeof value === 'string' && pattern.test(value)) return value;
  problems.push(`${label} ${describeValue(value)} is not ${expected}.`);
  return undefined;
}

export function readUrgency(
  value: unknown,
  problems: string[],
): DisclosureUrgency | undefined {
  if (DisclosureUrgency.is(value)) return value;
  problems.push(
    `urgency ${describeValue(value)} is not one of ${DisclosureUrgency.values.join(', ')}.`,
  );
  return undefined;
}

/** Required, and only given, for a request that cannot wait. */
export function readUrgencyReason(
  value: unknown,
  urgency: DisclosureUrgency | undefined,
  problems: string[],
): string | null | undefined {
  const given = value !== undefined && value !== null;
  if (urgency === 'ROUTINE') {
    if (!given) return null;
    problems.push(
      'urgencyReason is for URGENT or IMMEDIATE_RISK requests; leave it out of a ROUTINE one.',
    );
    return undefined;
  }
  if (!given && urgency !== undefined) {
    problems.push(
      `urgencyReason is required: say why a ${urgency} request cannot wait.`,
    );
    return undefined;
  }
  return readText(value, 'urgencyReason', MAX_URGENCY_REASON_LENGTH, problems);
}

/** Bounded, printable text that is not blank. */
export function readText(
  value: unknown,
  label: string,
  maxLength: number,
  problems: string[],
): string | undefined {
  const reading = readBoundedText(value, label, maxLength);
  if (reading.ok) return reading.text;
  problems.push(reading.problem);
  return undefined;
}

/** A justification as a declared purpose's must be: long enough to say something. */
export function readJustification(
  value: unknown,
  problems: string[],
): string | undefined {
  const text = readText(
    value,
    'justification',
    MAX_JUSTIFICATION_LENGTH,
    problems,
  );
  if (text === undefined || text.length >= MIN_JUSTIFICATION_LENGTH)
    return text;
  problems.push(
    `justification must be at least ${MIN_JUSTIFICATION_LENGTH} characters.`,
  );
  return undefined;
}

/** One of the requester's own regions; the only one when they hold one. */
export function readRegion(
  value: unknown,
  caller: Caller,
  problems: string[],
): Region | undefined {
  if (value === undefined || value === null) {
    const [only, ...others] = caller.regions;
    if (only !== undefined && others.length === 0) return only;
    problems.push(
      caller.regions.length === 0
        ? 'forRegion cannot default: you hold no region.'
        : `forRegion is required: say which of your regions (${caller.regions.join(', ')}) it is for.`,
    );
    return undefined;
  }
  const own = caller.regions.find((region) => region === value);
  if (own) return own;
  problems.push(
    `forRegion ${describeValue(value)} is not one of your regions (${caller.regions.join(', ')}); a disclosure officer may widen a grant, a request may not.`,
  );
  return undefined;
}
