import { type RequestPurpose } from '@marsoc/schema/caller';
import { MIN_JUSTIFICATION_LENGTH, Purpose } from '@marsoc/schema/vocabulary';
import {
  displayHeaderName,
  JUSTIFICATION_HEADER,
  PURPOSE_HEADER,
} from '@marsoc/schema/wire';
import { ErrorCode } from '@marsoc/platform';
import {
  InvalidPurposeError,
  parseRequestPurpose,
} from '@marsoc/platform/identity';
import { GraphQLError } from 'graphql';

/**
 * Request headers as node:http (`headers`, or better `headersDistinct`) or
 * Apollo Server (`HeaderMap`) hold them, names in lower case.
 */
export type HeaderSource =
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | ReadonlyMap<string, string>;

/** The request declared no purpose, or one that cannot be accepted (400). */
export class PurposeRequiredError extends GraphQLError {
  readonly httpStatus = 400;

  constructor(message: string) {
    super(message, {
      extensions: { code: ErrorCode.PURPOSE_REQUIRED, http: { status: 400 } },
    });
    this.name = 'PurposeRequiredError';
  }
}

const DISPLAY_NAMES = {
  purpose: displayHeaderName(PURPOSE_HEADER),
  justification: displayHeaderName(JUSTIFICATION_HEADER),
} as const;

/**
 * Reads the declared purpose and justification, or undefined when the request
 * declares neither. Anything half-declared, repeated or invalid is refused. A
 * repeated X-Justification can only be seen in `headersDistinct`: node:http joins
 * repeats with ", ", which a justification may legitimately contain.
 */
export function readRequestPurpose(
  headers: HeaderSource,
): RequestPurpose | undefined {
  const purpose = readSingleHeader(
    headers,
    PURPOSE_HEADER,
    DISPLAY_NAMES.purpose,
  );
  const justification = readSingleHeader(
    headers,
    JUSTIFICATION_HEADER,
    DISPLAY_NAMES.justification,
  );
  if (purpose === undefined && justification === undefined) return undefined;
  if (purpose === undefined) {
    throw new PurposeRequiredError(
      `${DISPLAY_NAMES.justification} was sent without ${DISPLAY_NAMES.purpose}; ${describePurposes()}`,
    );
  }
  if (purpose.includes(',')) {
    throw new PurposeRequiredError(
      `${DISPLAY_NAMES.purpose} was sent more than once; declare one purpose`,
    );
  }
  if (justification === undefined) {
    throw new PurposeRequiredError(
      `${DISPLAY_NAMES.purpose} was sent without ${DISPLAY_NAMES.justification}; say why, in at least ${MIN_JUSTIFICATION_LENGTH} characters`,
    );
  }
  try {
    return parseRequestPurpose(purpose.trim(), decodeHeaderText(justification));
  } catch (error) {
    if (error instanceof InvalidPurposeError) {
      throw new PurposeRequiredError(
        `${DISPLAY_NAMES[error.field]} ${error.problem}`,
      );
    }
    throw error;
  }
}

/** As readRequestPurpose, for operations that touch a nominal: a purpose is mandatory. */
export function requireRequestPurpose(headers: HeaderSource): RequestPurpose {
  const declared = readRequestPurpose(headers);
  if (!declared) {
    throw new PurposeRequiredError(
      `nominal data needs a declared purpose: send ${DISPLAY_NAMES.purpose} and ${DISPLAY_NAMES.justification}; ${describePurposes()}`,
    );
  }
  return declared;
}

function describePurposes(): string {
  return `${DISPLAY_NAMES.purpose} must be one of ${Purpose.values.join(', ')}`;
}

function readSingleHeader(
  headers: HeaderSource,
  name: string,
  displayName: string,
): string | undefined {
  const value = isHeaderMap(headers) ? headers.get(name) : headers[name];
  if (typeof value === 'string' || value === undefined) return value;
  if (value.length > 1) {
    throw new PurposeRequiredError(`${displayName} was sent more than once`);
  }
  return value[0];
}

function isHeaderMap(
  headers: HeaderSource,
): headers is ReadonlyMap<string, string> {
  return typeof headers.get === 'function' && typeof headers.has === 'function';
}

/**
 * node:http decodes header bytes as Latin-1. A client that sent UTF-8 (a name
 * with an accent, a curly quote) gets its text back; anything else is left as is
 * for the printable-character check to judge.
 */
function decodeHeaderText(value: string): string {
  // Only pure Latin-1 text with high bytes can be misdecoded UTF-8.
  if (!/[\u0080-\u00ff]/.test(value) || /[\u0100-\uffff]/.test(value)) {
    return value;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(
      Buffer.from(value, 'latin1'),
    );
  } catch {
    return value;
  }
}
