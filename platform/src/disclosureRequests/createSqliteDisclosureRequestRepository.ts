import { type Agency, type Region } from '@marsoc/schema';
import { type SqliteDatabase } from '../store';
import { type DisclosureRequestRecord } from './DisclosureRequestRecord';
import {
  type CountedEvent,
  type DisclosureRequestRepository,
  type RequestFilter,
} from './DisclosureRequestRepository';
import {
  REQUEST_COLUMNS,
  type StoredRequestRow,
  toRequestRecord,
} from './storedRequestRow';
import { prepareRequestReads } from './prepareRequestReads';
import { prepareRequestWrites } from './prepareRequestWrites';

/**
 * The request store over a subgraph's SQLite database (which must have run
 * DISCLOSURE_REQUESTS_SCHEMA_SQL). Each write runs in a transaction of its own,
 * nested as a savepoint when the service already holds one, so an approval's
 * grant and decision commit or roll back together.
 */
export function createSqliteDisclosureRequestRepository(
  database: SqliteDatabase,
): DisclosureRequestRepository {
  const byId = database.prepare<[string], StoredRequestRow>(
    `SELECT ${REQUEST_COLUMNS} FROM disclosure_requests WHERE id = ?`,
  );
  const byClientId = database.prepare<[string, string], StoredRequestRow>(
    `SELECT ${REQUEST_COLUMNS} FROM disclosure_requests
     WHERE requested_by = ? AND client_request_id = ?`,
  );
  const byRequester = createListQuery(database, 'requested_by');
  const byOwner = createListQuery(database, 'owner');
  const events = database.prepare<[string, string, string], CountedEvent>(
    `SELECT e.kind, e.at, e.actor, e.pending_since AS pendingSince, e.note,
            r.for_region AS region
     FROM disclosure_request_events e
     JOIN disclosure_requests r ON r.id = e.request_id
     WHERE r.owner = ? AND e.at >= ? AND e.at < ?
     ORDER BY e.at, e.request_id, e.sequence`,
  );
  const grantsUsed = database.prepare<
    [string, string, string],
    { region: Region; used: number }
  >(
    `SELECT r.for_region AS region, COUNT(DISTINCT u.grant_id) AS used
     FROM disclosure_grant_uses u
     JOIN disclosure_requests r ON r.grant_id = u.grant_id
     WHERE r.owner = ? AND u.day >= ? AND u.day < ?
     GROUP BY r.for_region ORDER BY r.for_region`,
  );
  const noteUse = database.prepare<[string, string]>(
    'INSERT OR IGNORE INTO disclosure_grant_uses (grant_id, day) VALUES (?, ?)',
  );
  const findRequestById = (id: string): DisclosureRequestRecord | null => {
    const row = byId.get(id);
    return row ? toRequestRecord(row) : null;
  };
  const writes = prepareRequestWrites(database, findRequestById);
  return {
    transaction: (work) => database.transaction(work)(),
    findRequestById,
    findRequestByClientId(requestedBy, clientRequestId) {
      const row = byClientId.get(requestedBy, clientRequestId);
      return row ? toRequestRecord(row) : null;
    },
    findRequestsByRequester: (requestedBy, filter) =>
      byRequester(requestedBy, filter),
    findRequestsByOwner: (owner, filter) => byOwner(owner, filter),
    ...prepareRequestReads(database),
    ...writes,
    findEvents: (owner, from, to) => events.all(owner, from, to),
    countGrantsUsed: (owner, fromDay, toDay) =>
      grantsUsed.all(owner, fromDay, toDay),
    noteGrantsUsed: database.transaction(
      (grantIds: readonly string[], day: string) => {
        for (const grantId of grantIds) noteUse.run(grantId, day);
      },
    ),
  };
}

function createListQuery(
  database: SqliteDatabase,
  column: 'requested_by' | 'owner',
): (key: string, filter: RequestFilter) => DisclosureRequestRecord[] {
  const statement = database.prepare<
    {
      key: string;
      status: string | null;
      owner: Agency | null;
      limit: number;
      now: string;
    },
    StoredRequestRow
  >(
    // The status as of the reader's clock, as readRequestAsOf reads each row.
    `SELECT ${REQUEST_COLUMNS} FROM disclosure_requests
     WHERE ${column} = @key
       AND (@status IS NULL OR @status = CASE
         WHEN status = 'PENDING' AND respond_by <= @now THEN 'EXPIRED'
         ELSE status END)
       AND (@owner IS NULL OR owner = @owner)
     ORDER BY raised_at, id LIMIT @limit`,
  );
  return (key, filter) =>
    statement
      .all({
        key,
        status: filter.status ?? null,
        owner: filter.owner ?? null,
        limit: filter.limit,
        now: filter.now,
      })
      .map(toRequestRecord);
}
