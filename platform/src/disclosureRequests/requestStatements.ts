import { type Kysely } from 'kysely';
import { type DisclosureRequestRecord } from './DisclosureRequestRecord';
import { type RequestEvent } from './DisclosureRequestRepository';
import { type DisclosureRequestTables } from './DisclosureRequestTables';
import { REQUEST_COLUMNS, toRequestRecord } from './storedRequestRow';

type Db = Kysely<DisclosureRequestTables>;

/** The request with this id as stored, read on `db` (a transaction, or the store). */
export async function readRequest(
  id: string,
  db: Db,
): Promise<DisclosureRequestRecord | null> {
  const row = await db
    .selectFrom('disclosure_requests')
    .select(REQUEST_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toRequestRecord(row) : null;
}

/** Moves a request on from PENDING, only if it still is: false when it was not. */
export async function updatePending(
  trx: Db,
  id: string,
  changes: Partial<DisclosureRequestTables['disclosure_requests']>,
): Promise<boolean> {
  const { numUpdatedRows } = await trx
    .updateTable('disclosure_requests')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', 'PENDING')
    .executeTakeFirst();
  return Number(numUpdatedRows) > 0;
}

/** Appends an event, numbered after the request's last. */
export async function addEvent(
  trx: Db,
  requestId: string,
  event: RequestEvent,
): Promise<void> {
  const last = await trx
    .selectFrom('disclosure_request_events')
    .select((eb) => eb.fn.max('sequence').as('sequence'))
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  await trx
    .insertInto('disclosure_request_events')
    .values({
      request_id: requestId,
      sequence: Number(last?.sequence ?? 0) + 1,
      kind: event.kind,
      at: event.at,
      actor: event.actor,
      pending_since: event.pendingSince,
      note: event.note,
    })
    .execute();
}
