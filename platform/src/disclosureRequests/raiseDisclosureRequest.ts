import { type RequestPurpose } from '@marsoc/schema';
import {
  type DisclosureRequestInput,
  type DisclosureRequestRecord,
} from './DisclosureRequestRecord';
import {
  type DisclosureRequestCall,
  type DisclosureRequestServiceOptions,
} from './DisclosureRequestService';
import { judgeRequestability } from './judgeRequestability';
import { readRequestAsOf } from './readRequestAsOf';
import {
  createDuplicateRefusal,
  createNothingToRequestRefusal,
  createNotLiftableRefusal,
  createRecordsRefusal,
  createRequestRefusal,
} from './requestErrors';
import {
  type RequestDraft,
  validateRequestInput,
} from './validateRequestInput';

const DAY = 86_400_000;

/**
 * Raises a request, in one transaction. The order is the point: the caller is
 * judged first (may they raise requests at all), then what they submitted,
 * neither reading the store. Then, whatever follows, the same three reads:
 * the requester's earlier request with this client request id, what the owner
 * holds of the nominal, and the requester's own pending request for the same
 * thing. Only then is the request judged on the caller's decisions, so a
 * refusal for an NCND category, an unknown nominal or a category not held
 * costs what the others cost and says what they say. A second pending request
 * for the same owner, nominal and category under a new client request id is
 * refused naming the first: the caller's own request, so it tells them
 * nothing they did not know.
 */
export function raiseDisclosureRequest(
  options: DisclosureRequestServiceOptions & { createId: () => string },
  input: DisclosureRequestInput,
  call: DisclosureRequestCall & { purpose: RequestPurpose },
): Promise<DisclosureRequestRecord> {
  const recordsRefusal = call.decisions.requestRecordsRefusal;
  if (recordsRefusal) throw createRecordsRefusal('raise', recordsRefusal);
  const check = validateRequestInput(input, {
    caller: call.caller,
    purpose: call.purpose,
    owners: options.owners,
    categoriesOf: (owner) => call.decisions.categoriesOf(owner),
  });
  if (!check.ok) {
    throw createRequestRefusal(
      'raise',
      check.problems.map((message) => ({ kind: 'INPUT', message })),
    );
  }
  const { draft } = check;
  return options.store.transaction(async (desk) => {
    const earlier = await desk.findRequestByClientId(
      call.caller.sub,
      draft.clientRequestId,
    );
    const held = (
      await desk.findHeldCategories(draft.owner, draft.nominalId)
    ).has(draft.category);
    const pending = await desk.findPendingRequest(call.caller.sub, draft);
    if (earlier) return replay(earlier, draft, call);
    const judged = judgeRequestability(
      call.decisions.forCategory(draft.owner, draft.category),
      held,
    );
    if (judged.kind === 'NOTHING_TO_REQUEST')
      throw createNothingToRequestRefusal(draft.owner);
    if (judged.kind === 'NOT_LIFTABLE')
      throw createNotLiftableRefusal(
        draft.owner,
        draft.category,
        judged.reason,
      );
    if (pending && readRequestAsOf(pending, call.now).status === 'PENDING')
      throw createDuplicateRefusal(pending);
    return desk.insertRequest(
      toRecord(draft, call, options.createId(), options),
    );
  });
}

/** A retry returns the first result; the same key for something else is refused. */
function replay(
  earlier: DisclosureRequestRecord,
  draft: RequestDraft,
  call: DisclosureRequestCall & { purpose: RequestPurpose },
): DisclosureRequestRecord {
  const same =
    earlier.owner === draft.owner &&
    earlier.nominalId === draft.nominalId &&
    earlier.category === draft.category &&
    earlier.urgency === draft.urgency &&
    earlier.urgencyReason === draft.urgencyReason &&
    earlier.forRegion === draft.forRegion &&
    earlier.forUnit === draft.forUnit &&
    earlier.justification === draft.justification &&
    earlier.purpose === call.purpose.purpose;
  if (same) return earlier;
  throw createRequestRefusal('raise', [
    {
      kind: 'INPUT',
      message: `clientRequestId ${draft.clientRequestId} was already used for a different request (${earlier.id}); give each new request a new id.`,
    },
  ]);
}

function toRecord(
  draft: RequestDraft,
  call: DisclosureRequestCall & { purpose: RequestPurpose },
  id: string,
  options: DisclosureRequestServiceOptions,
): DisclosureRequestRecord {
  const now = new Date(call.now).toISOString();
  const deadline = options.rules.deadlines.get(draft.urgency);
  // createDisclosureRequestService refuses to start without every deadline.
  if (!deadline) throw new Error(`no deadline for ${draft.urgency}`);
  return {
    ...draft,
    id,
    purpose: call.purpose.purpose,
    requestedBy: call.caller.sub,
    requesterAgency: call.caller.agency,
    status: 'PENDING',
    raisedAt: now,
    pendingSince: now,
    respondBy: new Date(Date.parse(now) + deadline.days * DAY).toISOString(),
    closedAt: null,
    closedBy: null,
    legalBasis: null,
    reason: null,
    grantId: null,
    grantLevel: null,
    grantExpiresAt: null,
    grantRegions: null,
    grantUnits: null,
  };
}
