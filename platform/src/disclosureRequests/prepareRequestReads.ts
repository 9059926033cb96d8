import { IN_BATCH_KEYS, prepareBatchRead, type SqliteDatabase } from '../store';
import {
  type DisclosureRequestRepository,
  type OverdueRequest,
  type RequestHistoryEvent,
} from './DisclosureRequestRepository';
import {
  REQUEST_COLUMNS,
  type StoredRequestRow,
  toRequestRecord,
} from './storedRequestRow';

type RequestReads = Pick<
  DisclosureRequestRepository,
  'findPendingRequest' | 'findEventsByRequestIds' | 'findOverdueRequests'
>;

/**
 * The reads that judge a request as of the reader's clock: a requester's one
 * pending request for the same thing, a request's history, and what is past
 * its deadline but not yet marked so (a read never writes the expiry; the
 * next writer does).
 */
export function prepareRequestReads(database: SqliteDatabase): RequestReads {
  const pending = database.prepare<
    { requestedBy: string; owner: string; nominalId: string; category: string },
    StoredRequestRow
  >(
    `SELECT ${REQUEST_COLUMNS} FROM disclosure_requests
     WHERE requested_by = @requestedBy AND owner = @owner
       AND nominal_id = @nominalId AND category = @category
       AND status = 'PENDING'
     ORDER BY raised_at, id LIMIT 1`,
  );
  const events = prepareBatchRead<RequestHistoryEvent>(
    database,
    `SELECT request_id AS requestId, kind, at, actor,
            pending_since AS pendingSince, note
     FROM disclosure_request_events WHERE request_id ${IN_BATCH_KEYS}
     ORDER BY request_id, sequence`,
  );
  const overdue = database.prepare<[string, string], OverdueRequest>(
    `SELECT id, respond_by AS respondBy, pending_since AS pendingSince,
            for_region AS region
     FROM disclosure_requests
     WHERE owner = ? AND status = 'PENDING' AND respond_by <= ?
     ORDER BY respond_by, id`,
  );
  return {
    findPendingRequest(requestedBy, question) {
      const row = pending.get({ requestedBy, ...question });
      return row ? toRequestRecord(row) : null;
    },
    findEventsByRequestIds: (ids) => events(ids),
    findOverdueRequests: (owner, now) => overdue.all(owner, now),
  };
}
