import {
  type Agency,
  type Caller,
  type DataCategory,
  type DisclosureUrgency,
  type Region,
  type RequestPurpose,
} from '@marsoc/schema';
import { MAX_UNIT_LENGTH } from '../grants/validateGrantScope';
import { type DisclosureRequestInput } from './DisclosureRequestRecord';
import {
  readCategory,
  readJustification,
  readOwner,
  readPattern,
  readRegion,
  readText,
  readUrgency,
  readUrgencyReason,
} from './requestFieldReaders';

const NOMINAL_ID = /^NOM-\d{5,7}$/;
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
 * nothing about what the owner holds. Free text is never repeated back. The
 * justification defaults to the declared purpose's, the region to the
 * requester's only one, the unit to theirs.
 */
export function validateRequestInput(
  input: DisclosureRequestInput,
  context: RequestInputContext,
): RequestInputCheck {
  const problems: string[] = [];
  const owner = readOwner(input.owner, context, problems);
  const urgency = readUrgency(input.urgency, problems);
  const draft: Partial<RequestDraft> = {
    owner,
    nominalId: readPattern(
      input.nominalId,
      NOMINAL_ID,
      'nominalId',
      'a MARSOC nominal id (NOM- and digits)',
      problems,
    ),
    category: readCategory(
      input.category,
      owner && context.categoriesOf(owner),
      owner,
      problems,
    ),
    urgency,
    urgencyReason: readUrgencyReason(input.urgencyReason, urgency, problems),
    justification: readJustification(
      input.justification ?? context.purpose.justification,
      problems,
    ),
    forRegion: readRegion(input.forRegion, context.caller, problems),
    forUnit: readText(
      input.forUnit ?? context.caller.unit,
      'forUnit',
      MAX_UNIT_LENGTH,
      problems,
    ),
    clientRequestId: readPattern(
      input.clientRequestId,
      CLIENT_REQUEST_ID,
      'clientRequestId',
      '8 to 100 letters, digits or . _ : - (a UUID fits)',
      problems,
    ),
  };
  return problems.length === 0 && isComplete(draft)
    ? { ok: true, draft }
    : { ok: false, problems };
}

/** True when every reader gave a value (only urgencyReason may be null). */
function isComplete(draft: Partial<RequestDraft>): draft is RequestDraft {
  return Object.values(draft).every((value) => value !== undefined);
}
