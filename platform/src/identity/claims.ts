import { type Caller } from '@marsoc/schema/caller';
import {
  Agency,
  type Enumeration,
  Region,
  Role,
  Vetting,
} from '@marsoc/schema/vocabulary';

import { containsUnprintable } from './printableText';

/**
 * OpenID Connect Core 1.0 §2: `sub` is at most 255 ASCII characters. The
 * consultation log keeps it as an identifier, so it is printable ASCII with no
 * spaces (SUBJECT_PATTERN): a subject the log could not hold must be refused
 * here, with a 401, never found out later as a failed audit write (a 503).
 */
export const MAX_SUBJECT_LENGTH = 255;
export const SUBJECT_PATTERN = /^[\x21-\x7E]+$/;
export const MAX_NAME_LENGTH = 200;
export const MAX_UNIT_LENGTH = 200;

/** A claim was missing or held a value outside the shared vocabulary. */
export class InvalidClaimError extends Error {
  readonly claim: string;

  constructor(claim: string, problem: string) {
    super(`claim "${claim}" ${problem}`);
    this.name = 'InvalidClaimError';
    this.claim = claim;
  }
}

/**
 * Reads a verified token's payload into a Caller. Claims other than the seven
 * caller claims are ignored; every caller claim must be present and valid.
 * Throws InvalidClaimError naming the claim and the problem.
 */
export function parseCallerClaims(payload: unknown): Caller {
  if (!isRecord(payload)) {
    throw new InvalidClaimError('(payload)', 'must be a JSON object');
  }
  return Object.freeze({
    sub: readSubject(payload),
    name: readText(payload, 'name', MAX_NAME_LENGTH),
    agency: readMember(payload, 'agency', Agency),
    unit: readText(payload, 'unit', MAX_UNIT_LENGTH),
    regions: readMembers(payload, 'regions', Region, { allowEmpty: false }),
    roles: readMembers(payload, 'roles', Role, { allowEmpty: true }),
    vetting: readMember(payload, 'vetting', Vetting),
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPresent(payload: Record<string, unknown>, claim: string): unknown {
  const value = payload[claim];
  if (value === undefined || value === null) {
    throw new InvalidClaimError(claim, 'is missing');
  }
  return value;
}

function readText(
  payload: Record<string, unknown>,
  claim: string,
  maxLength: number,
): string {
  const value = readPresent(payload, claim);
  if (typeof value !== 'string') {
    throw new InvalidClaimError(claim, `must be a string; got ${typeof value}`);
  }
  if (value.trim().length === 0) {
    throw new InvalidClaimError(claim, 'must not be empty');
  }
  if (value.length > maxLength) {
    throw new InvalidClaimError(
      claim,
      `must be at most ${maxLength} characters; got ${value.length}`,
    );
  }
  if (containsUnprintable(value)) {
    throw new InvalidClaimError(claim, 'must not contain control characters');
  }
  return value;
}

function readSubject(payload: Record<string, unknown>): string {
  const sub = readText(payload, 'sub', MAX_SUBJECT_LENGTH);
  if (!SUBJECT_PATTERN.test(sub))
    throw new InvalidClaimError(
      'sub',
      'must be printable ASCII without spaces (OpenID Connect Core 1.0 §2)',
    );
  return sub;
}

function readMember<T extends string>(
  payload: Record<string, unknown>,
  claim: string,
  vocabulary: Enumeration<T>,
): T {
  return parseMember(claim, readPresent(payload, claim), vocabulary);
}

function parseMember<T extends string>(
  claim: string,
  value: unknown,
  vocabulary: Enumeration<T>,
): T {
  if (vocabulary.is(value)) return value;
  throw new InvalidClaimError(
    claim,
    `must be one of ${vocabulary.values.join(', ')}; got ${describe(value)}`,
  );
}

function readMembers<T extends string>(
  payload: Record<string, unknown>,
  claim: string,
  vocabulary: Enumeration<T>,
  { allowEmpty }: { allowEmpty: boolean },
): readonly T[] {
  const value = readPresent(payload, claim);
  if (!Array.isArray(value)) {
    throw new InvalidClaimError(
      claim,
      `must be an array of ${vocabulary.name}`,
    );
  }
  if (!allowEmpty && value.length === 0) {
    throw new InvalidClaimError(claim, 'must name at least one value');
  }
  // The vocabulary bounds a valid list, so a longer one is refused before each
  // element is examined.
  if (value.length > vocabulary.values.length) {
    throw new InvalidClaimError(
      claim,
      'has more entries than there are values',
    );
  }
  const members = value.map((item) => parseMember(claim, item, vocabulary));
  if (new Set(members).size !== members.length) {
    throw new InvalidClaimError(claim, 'must not repeat a value');
  }
  return Object.freeze(members);
}

/** A short, safe rendering of a bad value for an error message. */
function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
