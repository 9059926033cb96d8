import { type RequestPurpose } from '@marsoc/schema/caller';
import { MIN_JUSTIFICATION_LENGTH, Purpose } from '@marsoc/schema/vocabulary';

import { containsUnprintable } from './printableText';

/** Long enough for a case reference and a sentence; short enough to audit. */
export const MAX_JUSTIFICATION_LENGTH = 1000;

/** A purpose or justification that cannot be accepted. */
export class InvalidPurposeError extends Error {
  readonly field: 'purpose' | 'justification';
  /** What is wrong, without the field's name: "must be at least 10 characters". */
  readonly problem: string;

  constructor(field: 'purpose' | 'justification', problem: string) {
    super(`${field} ${problem}`);
    this.name = 'InvalidPurposeError';
    this.field = field;
    this.problem = problem;
  }
}

/**
 * Validates a declared purpose and its free-text justification, wherever they
 * came from (request headers at the gateway, the caller context at a subgraph).
 * The justification is returned trimmed.
 */
export function parseRequestPurpose(
  purpose: unknown,
  justification: unknown,
): RequestPurpose {
  if (!Purpose.is(purpose)) {
    throw new InvalidPurposeError(
      'purpose',
      `must be one of ${Purpose.values.join(', ')}`,
    );
  }
  return Object.freeze({
    purpose,
    justification: parseJustification(justification),
  });
}

function parseJustification(value: unknown): string {
  if (typeof value !== 'string') {
    throw new InvalidPurposeError('justification', 'is missing');
  }
  const trimmed = value.trim();
  if (trimmed.length < MIN_JUSTIFICATION_LENGTH) {
    throw new InvalidPurposeError(
      'justification',
      `must be at least ${MIN_JUSTIFICATION_LENGTH} characters`,
    );
  }
  if (trimmed.length > MAX_JUSTIFICATION_LENGTH) {
    throw new InvalidPurposeError(
      'justification',
      `must be at most ${MAX_JUSTIFICATION_LENGTH} characters`,
    );
  }
  if (containsUnprintable(trimmed)) {
    throw new InvalidPurposeError(
      'justification',
      'must not contain control characters',
    );
  }
  return trimmed;
}
