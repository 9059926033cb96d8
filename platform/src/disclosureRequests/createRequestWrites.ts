import { type Kysely } from 'kysely';
import { writeAtomically } from '../grants';
import { type DisclosureRequestRepository } from './DisclosureRequestRepository';
import { type DisclosureRequestTables } from './DisclosureRequestTables';
import { addEvent, readRequest, updatePending } from './requestStatements';
import { toJson, toStoredRequestRow } from './storedRequestRow';

type RequestWrites = Pick<
  DisclosureRequestRepository,
  | 'insertRequest'
  | 'recordDecision'
  | 'recordWithdrawal'
  | 'recordReopening'
  | 'expireOverdue'
>;
type Db = Kysely<DisclosureRequestTables>;

/**
 * The request store's writes. Each is one transaction that changes the row
 * only from the state the service checked (status in the WHERE clause) and
 * appends the event that says so; when the row has moved on meanwhile,
 * nothing is written and the caller gets null.
 */
export function createRequestWrites(db: Db): RequestWrites {
  return {
    insertRequest: (request) =>
      writeAtomically(db, async (trx) => {
        await trx
          .insertInto('disclosure_requests')
          .values(toStoredRequestRow(request))
          .execute();
        await addEvent(trx, request.id, {
          kind: 'RAISED',
          at: request.raisedAt,
          actor: request.requestedBy,
          pendingSince: request.pendingSince,
          note: null,
        });
        const stored = await readRequest(request.id, trx);
        // Read back inside the transaction that wrote it: absence is a store fault.
        if (!stored)
          throw new Error('disclosure request not found after writing it');
        return stored;
      }),
    recordDecision: (change) =>
      writeAtomically(db, async (trx) => {
        const before = await readRequest(change.id, trx);
        const changed = await updatePending(trx, change.id, {
          status: change.status,
          closed_at: change.closedAt,
          closed_by: change.closedBy,
          legal_basis: change.legalBasis,
          reason: change.reason,
          grant_id: change.grant?.id ?? null,
          grant_level: change.grant?.level ?? null,
          grant_expires_at: change.grant?.expiresAt ?? null,
          grant_regions: toJson(change.grant?.regions),
          grant_units: toJson(change.grant?.units),
        });
        if (!changed || !before) return null;
        await addEvent(trx, change.id, {
          kind: change.status,
          at: change.closedAt,
          actor: change.closedBy,
          pendingSince: before.pendingSince,
          note: change.status === 'DECLINED' ? change.reason : null,
        });
        return readRequest(change.id, trx);
      }),
    recordWithdrawal: (id, at, by) =>
      writeAtomically(db, async (trx) => {
        const before = await readRequest(id, trx);
        const changed = await updatePending(trx, id, {
          status: 'WITHDRAWN',
          closed_at: at,
          closed_by: by,
        });
        if (!changed || !before) return null;
        await addEvent(trx, id, {
          kind: 'WITHDRAWN',
          at,
          actor: by,
          pendingSince: before.pendingSince,
          note: null,
        });
        return readRequest(id, trx);
      }),
    recordReopening: (id, change) =>
      writeAtomically(db, async (trx) => {
        const { numUpdatedRows } = await trx
          .updateTable('disclosure_requests')
          .set({
            status: 'PENDING',
            pending_since: change.at,
            respond_by: change.respondBy,
            justification: change.justification,
            closed_at: null,
            closed_by: null,
            legal_basis: null,
            reason: null,
          })
          .where('id', '=', id)
          .where('status', 'in', ['DECLINED', 'EXPIRED'])
          .executeTakeFirst();
        if (Number(numUpdatedRows) === 0) return null;
        await addEvent(trx, id, {
          kind: 'REOPENED',
          at: change.at,
          actor: change.by,
          pendingSince: change.at,
          note: change.justification,
        });
        return readRequest(id, trx);
      }),
    expireOverdue: (now) =>
      writeAtomically(db, async (trx) => {
        const overdue = await trx
          .selectFrom('disclosure_requests')
          .select(['id', 'respond_by as respondBy', 'pending_since'])
          .where('status', '=', 'PENDING')
          .where('respond_by', '<=', now)
          .execute();
        let expired = 0;
        for (const request of overdue) {
          const changed = await updatePending(trx, request.id, {
            status: 'EXPIRED',
            closed_at: request.respondBy,
          });
          if (!changed) continue;
          await addEvent(trx, request.id, {
            kind: 'EXPIRED',
            at: request.respondBy,
            actor: null,
            pendingSince: request.pending_since,
            note: null,
          });
          expired += 1;
        }
        return expired;
      }),
  };
}
