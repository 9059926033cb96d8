import { sql } from 'kysely';
import { type Agency, type Region } from '@marsoc/schema';
import { type DeskStore } from '../grants';
import { inBatchKeys, prepareBatchQuery } from '../store';
import {
  type CountedEvent,
  type DisclosureRequestRepository,
  type OverdueRequest,
  type RequestFilter,
  type RequestHistoryEvent,
} from './DisclosureRequestRepository';
import { type DisclosureRequestTables } from './DisclosureRequestTables';
import { createRequestWrites } from './createRequestWrites';
import { readRequest } from './requestStatements';
import { REQUEST_COLUMNS, toRequestRecord } from './storedRequestRow';

const EVENT_COLUMNS = [
  'kind',
  'at',
  'actor',
  'pending_since as pendingSince',
  'note',
] as const;

/**
 * The request store on either dialect (its tables made by
 * buildDisclosureRequestsTables). Each write changes the row only from the
 * state the service checked and adds its event, in one transaction: the one
 * the repository was made on, or else its own.
 */
export function createDisclosureRequestRepository(
  store: DeskStore<DisclosureRequestTables>,
): DisclosureRequestRepository {
  const { db } = store;
  const requests = () =>
    db.selectFrom('disclosure_requests').select(REQUEST_COLUMNS);
  const first = async (query: ReturnType<typeof requests>) => {
    const row = await query.executeTakeFirst();
    return row ? toRequestRecord(row) : null;
  };
  /** A listing, the status as of the reader's clock (as readRequestAsOf reads each row). */
  const list =
    (column: 'requested_by' | 'owner') =>
    async (key: string, filter: RequestFilter) => {
      let query = requests().where(column, '=', key);
      if (filter.status !== undefined)
        query = query.where(
          sql<string>`case when status = 'PENDING' and respond_by <= ${filter.now} then 'EXPIRED' else status end`,
          '=',
          filter.status,
        );
      if (filter.owner !== undefined)
        query = query.where('owner', '=', filter.owner);
      const rows = await query
        .orderBy('raised_at')
        .orderBy('id')
        .limit(filter.limit)
        .execute();
      return rows.map(toRequestRecord);
    };
  const events = prepareBatchQuery(store, (ids) =>
    db
      .selectFrom('disclosure_request_events')
      .select(['request_id as requestId', ...EVENT_COLUMNS])
      .where(inBatchKeys(store.dialect, 'request_id', ids))
      .orderBy('request_id')
      .orderBy('sequence'),
  );
  return {
    findRequestById: (id) => readRequest(id, db),
    findRequestByClientId: (requestedBy, clientRequestId) =>
      first(
        requests()
          .where('requested_by', '=', requestedBy)
          .where('client_request_id', '=', clientRequestId),
      ),
    findRequestsByRequester: list('requested_by'),
    findRequestsByOwner: list('owner'),
    findPendingRequest: (requestedBy, question) =>
      first(
        requests()
          .where('requested_by', '=', requestedBy)
          .where('owner', '=', question.owner)
          .where('nominal_id', '=', question.nominalId)
          .where('category', '=', question.category)
          .where('status', '=', 'PENDING')
          .orderBy('raised_at')
          .orderBy('id')
          .limit(1),
      ),
    findEventsByRequestIds: async (ids) =>
      (await events(ids)) as RequestHistoryEvent[],
    findOverdueRequests: async (owner, now) =>
      (await db
        .selectFrom('disclosure_requests')
        .select([
          'id',
          'respond_by as respondBy',
          'pending_since as pendingSince',
          'for_region as region',
        ])
        .where('owner', '=', owner)
        .where('status', '=', 'PENDING')
        .where('respond_by', '<=', now)
        .orderBy('respond_by')
        .orderBy('id')
        .execute()) as OverdueRequest[],
    ...createRequestWrites(db),
    findEvents: async (owner, from, to) =>
      (await db
        .selectFrom('disclosure_request_events as e')
        .innerJoin('disclosure_requests as r', 'r.id', 'e.request_id')
        .select([
          'e.kind',
          'e.at',
          'e.actor',
          'e.pending_since as pendingSince',
          'e.note',
          'r.for_region as region',
        ])
        .where('r.owner', '=', owner)
        .where('e.at', '>=', from)
        .where('e.at', '<', to)
        .orderBy('e.at')
        .orderBy('e.request_id')
        .orderBy('e.sequence')
        .execute()) as CountedEvent[],
    countGrantsUsed: (owner, fromDay, toDay) =>
      countGrantsUsed(db, owner, fromDay, toDay),
    async noteGrantsUsed(grantIds, day) {
      if (grantIds.length === 0) return;
      await db
        .insertInto('disclosure_grant_uses')
        .values(grantIds.map((grantId) => ({ grant_id: grantId, day })))
        .onConflict((conflict) => conflict.doNothing())
        .execute();
    },
  };
}

async function countGrantsUsed(
  db: DeskStore<DisclosureRequestTables>['db'],
  owner: Agency,
  fromDay: string,
  toDay: string,
): Promise<{ region: Region; used: number }[]> {
  const rows = await db
    .selectFrom('disclosure_grant_uses as u')
    .innerJoin('disclosure_requests as r', 'r.grant_id', 'u.grant_id')
    .select([
      'r.for_region as region',
      // PostgreSQL counts in bigint, which pg reads as text.
      sql<number | string>`count(distinct u.grant_id)`.as('used'),
    ])
    .where('r.owner', '=', owner)
    .where('u.day', '>=', fromDay)
    .where('u.day', '<', toDay)
    .groupBy('r.for_region')
    .orderBy('r.for_region')
    .execute();
  return rows.map((row) => ({
    region: row.region as Region,
    used: Number(row.used),
  }));
}
