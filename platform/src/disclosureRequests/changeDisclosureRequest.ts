import { type RequestPurpose } from '@marsoc/schema';
import { type DisclosureRequestRecord } from './DisclosureRequestRecord';
import {
  type DisclosureRequestCall,
  type DisclosureRequestServiceOptions,
} from './DisclosureRequestService';
import { type DisclosureRequestRepository } from './DisclosureRequestRepository';
import { findRequest } from './findRequest';
import { judgeRequestability } from './judgeRequestability';
import { readJustification } from './requestFieldReaders';
import {
  createNotLiftableRefusal,
  createRequestRefusal,
} from './requestErrors';
import { describeRefusedTransition, mayTransition } from './requestTransitions';

type Call = DisclosureRequestCall & { purpose: RequestPurpose };

const DAY = 86_400_000;

/** The requester withdraws a PENDING request of theirs, in one transaction. */
export function withdrawDisclosureRequest(
  options: DisclosureRequestServiceOptions,
  id: unknown,
  call: Call,
): Promise<DisclosureRequestRecord> {
  return options.store.transaction(async (desk) => {
    const request = await findOwnRequest(desk, id, call, 'withdrawal');
    assertMay(request, 'WITHDRAW', 'withdrawal');
    const at = new Date(call.now).toISOString();
    return (
      (await desk.recordWithdrawal(request.id, at, call.caller.sub)) ??
      raced('withdrawal')
    );
  });
}

/**
 * The requester re-opens a DECLINED or EXPIRED request of theirs with a new
 * justification, under the purpose it was raised for: PENDING again, with its
 * urgency's deadline counted from now. It is judged again on the caller's
 * decisions, since a request must still be one a grant could answer.
 */
export function reopenDisclosureRequest(
  options: DisclosureRequestServiceOptions,
  input: { id?: unknown; justification?: unknown },
  call: Call,
): Promise<DisclosureRequestRecord> {
  return options.store.transaction(async (desk) => {
    const request = await findOwnRequest(desk, input.id, call, 'reopening');
    assertMay(request, 'REOPEN', 'reopening');
    const justification = readNewJustification(
      input.justification,
      request,
      call,
    );
    const judged = judgeRequestability(
      call.decisions.forCategory(request.owner, request.category),
      true,
    );
    if (judged.kind === 'NOT_LIFTABLE')
      throw createNotLiftableRefusal(
        request.owner,
        request.category,
        judged.reason,
      );
    const deadline = options.rules.deadlines.get(request.urgency);
    if (judged.kind !== 'REQUESTABLE' || !deadline)
      throw createRequestRefusal('reopening', [
        { kind: 'INPUT', message: 'The request can no longer be asked for.' },
      ]);
    const at = new Date(call.now).toISOString();
    const respondBy = new Date(
      Date.parse(at) + deadline.days * DAY,
    ).toISOString();
    return (
      (await desk.recordReopening(request.id, {
        at,
        by: call.caller.sub,
        respondBy,
        justification,
      })) ?? raced('reopening')
    );
  });
}

async function findOwnRequest(
  desk: DisclosureRequestRepository,
  id: unknown,
  call: Call,
  action: 'withdrawal' | 'reopening',
): Promise<DisclosureRequestRecord> {
  const request = await findRequest(
    desk,
    id,
    (found) => found.requestedBy === call.caller.sub,
  );
  if (request) return request;
  throw createRequestRefusal(action, [
    { kind: 'INPUT', message: 'You raised no request with that id.' },
  ]);
}

function assertMay(
  request: DisclosureRequestRecord,
  transition: 'WITHDRAW' | 'REOPEN',
  action: 'withdrawal' | 'reopening',
): void {
  if (mayTransition(request.status, transition)) return;
  throw createRequestRefusal(action, [
    {
      kind: 'STATE',
      message: describeRefusedTransition(
        request.status,
        transition,
        request.closedAt,
      ),
    },
  ]);
}

function readNewJustification(
  value: unknown,
  request: DisclosureRequestRecord,
  call: Call,
): string {
  const messages: string[] = [];
  const justification = readJustification(value, messages);
  if (call.purpose.purpose !== request.purpose)
    messages.push(
      `the request was raised for ${request.purpose}; re-open it under that purpose, or raise a new request for ${call.purpose.purpose}.`,
    );
  if (messages.length === 0 && justification !== undefined)
    return justification;
  throw createRequestRefusal(
    'reopening',
    messages.map((message) => ({ kind: 'INPUT', message })),
  );
}

function raced(action: 'withdrawal' | 'reopening'): never {
  throw createRequestRefusal(action, [
    {
      kind: 'STATE',
      message:
        'The request changed meanwhile (decided, expired or withdrawn); look at it again.',
    },
  ]);
}
