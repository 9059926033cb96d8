import { type DisclosureRequestRecord } from './DisclosureRequestRecord';
import {
  type OverdueRequest,
  type RequestEvent,
} from './DisclosureRequestRepository';

/**
 * A request as a reader at `now` sees it. A request still stored PENDING
 * whose deadline has passed reads EXPIRED, closed at its deadline by no one:
 * exactly what the next writer will store (expireOverdue), so a read is a read
 * and never the write that expires it.
 */
export function readRequestAsOf(
  request: DisclosureRequestRecord,
  now: string,
): DisclosureRequestRecord {
  if (!isOverdue(request, now)) return request;
  return {
    ...request,
    status: 'EXPIRED',
    closedAt: request.respondBy,
    closedBy: null,
  };
}

/**
 * A request's stored events, with the expiry a reader at `now` already sees:
 * judged on the events themselves (the last one left it pending), since the
 * request given may already read EXPIRED.
 */
export function readHistoryAsOf(
  request: Pick<DisclosureRequestRecord, 'respondBy'>,
  events: readonly RequestEvent[],
  now: string,
): RequestEvent[] {
  const last = events.at(-1);
  const leftPending = last?.kind === 'RAISED' || last?.kind === 'REOPENED';
  if (!last || !leftPending || request.respondBy > toInstant(now))
    return [...events];
  return [
    ...events,
    toExpiryEvent({
      respondBy: request.respondBy,
      pendingSince: last.pendingSince,
    }),
  ];
}

/** The EXPIRED event an overdue request will be stored with. */
export function toExpiryEvent(
  request: Pick<OverdueRequest, 'respondBy' | 'pendingSince'>,
): RequestEvent {
  return {
    kind: 'EXPIRED',
    at: request.respondBy,
    actor: null,
    pendingSince: request.pendingSince,
    note: null,
  };
}

function isOverdue(request: DisclosureRequestRecord, now: string): boolean {
  return request.status === 'PENDING' && request.respondBy <= toInstant(now);
}

function toInstant(now: string): string {
  return new Date(now).toISOString();
}
