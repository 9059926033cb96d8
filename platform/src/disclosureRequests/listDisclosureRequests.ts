import { Agency } from '@marsoc/schema';
import { describeValue } from '../grants/boundedText';
import { validateGrantCaller } from '../grants';
import {
  type DisclosureRequestRecord,
  DisclosureRequestStatus,
} from './DisclosureRequestRecord';
import { type RequestFilter } from './DisclosureRequestRepository';
import {
  type DisclosureRequestCall,
  type DisclosureRequestServiceOptions,
  type RequestListing,
} from './DisclosureRequestService';
import { readRequestAsOf } from './readRequestAsOf';
import { createRecordsRefusal, createRequestRefusal } from './requestErrors';

export const DEFAULT_LIST_LIMIT = 100;
export const MAX_LIST_LIMIT = 500;

/**
 * The requests a caller may see: those they raised (to any owner here), and,
 * for a disclosure officer of an owner here, that owner's queue. Nobody else's.
 * Oldest first, each once, at most `limit`, each as of the caller's clock
 * (an overdue request reads EXPIRED; nothing is written).
 */
export async function listDisclosureRequests(
  options: DisclosureRequestServiceOptions,
  listing: RequestListing,
  call: DisclosureRequestCall,
): Promise<DisclosureRequestRecord[]> {
  const recordsRefusal = call.decisions.requestRecordsRefusal;
  if (recordsRefusal) throw createRecordsRefusal('listing', recordsRefusal);
  const filter = readFilter(listing, new Date(call.now).toISOString());
  const own = await options.store.findRequestsByRequester(
    call.caller.sub,
    filter,
  );
  const officer =
    validateGrantCaller(call.caller, undefined, options.owners).length === 0;
  const wantsQueue =
    filter.owner === undefined || filter.owner === call.caller.agency;
  const queue =
    officer && wantsQueue
      ? await options.store.findRequestsByOwner(call.caller.agency, filter)
      : [];
  const byId = new Map(
    [...own, ...queue].map((request) => [request.id, request]),
  );
  return [...byId.values()]
    .sort((a, b) => compare(a.raisedAt, b.raisedAt) || compare(a.id, b.id))
    .slice(0, filter.limit)
    .map((request) => readRequestAsOf(request, filter.now));
}

function readFilter(listing: RequestListing, now: string): RequestFilter {
  const problems: string[] = [];
  const status = listing.status ?? undefined;
  if (status !== undefined && !DisclosureRequestStatus.is(status))
    problems.push(
      `status ${describeValue(status)} is not one of ${DisclosureRequestStatus.values.join(', ')}.`,
    );
  const owner = listing.owner ?? undefined;
  if (owner !== undefined && !Agency.is(owner))
    problems.push(
      `owner ${describeValue(owner)} is not an agency (${Agency.values.join(', ')}).`,
    );
  const limit = listing.limit ?? DEFAULT_LIST_LIMIT;
  if (
    typeof limit !== 'number' ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > MAX_LIST_LIMIT
  )
    problems.push(`limit must be a whole number from 1 to ${MAX_LIST_LIMIT}.`);
  if (problems.length > 0)
    throw createRequestRefusal(
      'listing',
      problems.map((message) => ({ kind: 'INPUT', message })),
    );
  return {
    status: status as DisclosureRequestStatus | undefined,
    owner: owner as Agency | undefined,
    limit: limit as number,
    now,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
