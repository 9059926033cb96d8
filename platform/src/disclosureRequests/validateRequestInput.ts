import {
  Agency,
  type Caller,
  type DataCategory,
  DisclosureUrgency,
  MIN_JUSTIFICATION_LENGTH,
  type Region,
  type RequestPurpose,
} from '@marsoc/schema';
import { describeValue, readBoundedText } from '../grants/boundedText';
import { MAX_UNIT_LENGTH } from '../grants/validateGrantScope';
import { DISCLOSURE_GRANTS_CATEGORY } from '../grants/validateGrantInput';
import { MAX_JUSTIFICATION_LENGTH } from '../identity/requestPurpose';
import { type DisclosureRequestInput } from './DisclosureRequestRecord';

export const MAX_URGENCY_REASON_LENGTH = 500;

const NOMINAL_ID = /^NOM-\d{5,7}$/;
const CATEGORY_ID = /^[A-Z][A-Z0-9_]{0,63}$/;
/** A retry key the client makes up once per request (a UUID fits). */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/** A raise that has passed validation, every default applied. */
export interface RequestDraft {
  owner: Agency;
  nominalId: string;
  category: DataCategory;
  urgency: DisclosureUrgency;
  urgencyReason: string | null;
  justification: string;
  forRegion: Region;
  forUnit: string;
  clientRequestId: string;
}

export interface RequestInputContext {
  caller: Caller;
  purpose: RequestPurpose;
  /** The owners whose data this service holds. */
  owners: readonly Agency[];
  /** The categories of `owner` this service holds marked fields of. */
  categoriesOf(owner: Agency): readonly DataCategory[];
}

export type RequestInputCheck =
  { ok: true; draft: RequestDraft } | { ok: false; problems: string[] };

/**
 * Every problem with a raise, each a sentence, judged on what was submitted
 * and the caller alone: nothing here reads the store, so the answer says
 * nothing about what the owner holds. Free text is never repeated back.
 */
export function validateRequestInput(
  input: DisclosureRequestInput,
  context: RequestInputContext,
): RequestInputCheck {
  const problems: string[] = [];
  const owner = readOwner(input.owner, context, problems);
  const category = readCategory(input.category, owner, context, problems);
  const nominalId = readPattern(
    input.nominalId,
    NOMINAL_ID,
    problems,
    'nominalId',
    'a MARSOC nominal id (NOM- and digits)',
  );
  const clientRequestId = readPattern(
    input.clientRequestId,
    CLIENT_REQUEST_ID,
    problems,
    'clientRequestId',
    '8 to 100 letters, digits or . _ : - (a UUID fits)',
  );
  const urgency = DisclosureUrgency.is(input.urgency)
    ? input.urgency
    : undefined;
  if (!urgency)
    problems.push(
      `urgency ${describeValue(input.urgency)} is not one of ${DisclosureUrgency.values.join(', ')}.`,
    );
  const urgencyReason = readUrgencyReason(
    input.urgencyReason,
    urgency,
    problems,
  );
  const justification = readText(
    input.justification ?? context.purpose.justification,
    'justification',
    MAX_JUSTIFICATION_LENGTH,
    problems,
  );
  if (
    justification !== undefined &&
    justification.length < MIN_JUSTIFICATION_LENGTH
  )
    problems.push(
      `justification must be at least ${MIN_JUSTIFICATION_LENGTH} characters.`,
    );
  const forRegion = readRegion(input.forRegion, context.caller, problems);
  const forUnit = readText(
    input.forUnit ?? context.caller.unit,
    'forUnit',
    MAX_UNIT_LENGTH,
    problems,
  );
  if (
    problems.length > 0 ||
    !owner ||
    !category ||
    !nominalId ||
    !clientRequestId ||
    !urgency ||
    urgencyReason === undefined ||
    !justification ||
    !forRegion ||
    !forUnit
  )
    return { ok: false, problems };
  return {
    ok: true,
    draft: {
      owner,
      nominalId,
      category,
      urgency,
      urgencyReason,
      justification,
      forRegion,
      forUnit,
      clientRequestId,
    },
  };
}

function readOwner(
  value: unknown,
  { owners, caller }: RequestInputContext,
  problems: string[],
): Agency | undefined {
  if (value === caller.agency && Agency.is(value)) {
    problems.push(
      `owner ${value} is your own agency: a request goes to another agency's disclosure officer.`,
    );
    return undefined;
  }
  if (Agency.is(value) && owners.includes(value)) return value;
  problems.push(
    `owner ${describeValue(value)} is not an agency whose data this service holds (${owners.join(', ')}).`,
  );
  return undefined;
}

function readCategory(
  value: unknown,
  owner: Agency | undefined,
  context: RequestInputContext,
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
  if (owner !== undefined && !context.categoriesOf(owner).includes(value)) {
    problems.push(
      `category ${value} is not one ${owner} holds in this service (${context.categoriesOf(owner).join(', ')}).`,
    );
    return undefined;
  }
  return value;
}

function readPattern(
  value: unknown,
  pattern: RegExp,
  problems: string[],
  label: string,
  expected: string,
): string | undefined {
  if (typeof value === 'string' && pattern.test(value)) return value;
  problems.push(`${label} ${describeValue(value)} is not ${expected}.`);
  return undefined;
}

/** Required, and only, for a request that cannot wait. */
function readUrgencyReason(
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

function readText(
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

/** One of the requester's own regions; the only one when they hold one. */
function readRegion(
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
