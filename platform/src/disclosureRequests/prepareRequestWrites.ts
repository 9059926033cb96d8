import { type SqliteDatabase } from '../store';
import { type DisclosureRequestRecord } from './DisclosureRequestRecord';
import {
  type DecisionChange,
  type DisclosureRequestRepository,
  type Reopening,
  type RequestEvent,
} from './DisclosureRequestRepository';
import { toStoredRequestRow } from './storedRequestRow';

type RequestWrites = Pick<
  DisclosureRequestRepository,
  | 'insertRequest'
  | 'recordDecision'
  | 'recordWithdrawal'
  | 'recordReopening'
  | 'expireOverdue'
>;

/**
 * The request store's writes. Each is one transaction that changes the row
 * only from the state the service checked (status in the WHERE clause) and
 * appends the event that says so; when the row has moved on meanwhile, nothing
 * is written and the caller gets null.
 */
export function prepareRequestWrites(
  database: SqliteDatabase,
  findRequestById: (id: string) => DisclosureRequestRecord | null,
): RequestWrites {
  const insert = database.prepare(
    `INSERT INTO disclosure_requests (id, owner, nominal_id, category, purpose,
       justification, urgency, urgency_reason, for_region, for_unit,
       requested_by, requester_agency, client_request_id, status, raised_at,
       pending_since, respond_by, closed_at, closed_by, legal_basis, reason,
       grant_id, grant_level, grant_expires_at, grant_regions, grant_units)
     VALUES (@id, @owner, @nominalId, @category, @purpose, @justification,
       @urgency, @urgencyReason, @forRegion, @forUnit, @requestedBy,
       @requesterAgency, @clientRequestId, @status, @raisedAt, @pendingSince,
       @respondBy, @closedAt, @closedBy, @legalBasis, @reason, @grantId,
       @grantLevel, @grantExpiresAt, @grantRegions, @grantUnits)`,
  );
  const decide = database.prepare(
    `UPDATE disclosure_requests SET status = @status, closed_at = @closedAt,
       closed_by = @closedBy, legal_basis = @legalBasis, reason = @reason,
       grant_id = @grantId, grant_level = @grantLevel,
       grant_expires_at = @grantExpiresAt, grant_regions = @grantRegions,
       grant_units = @grantUnits
     WHERE id = @id AND status = 'PENDING'`,
  );
  const withdraw = database.prepare(
    `UPDATE disclosure_requests SET status = 'WITHDRAWN', closed_at = @at,
       closed_by = @by WHERE id = @id AND status = 'PENDING'`,
  );
  const reopen = database.prepare(
    `UPDATE disclosure_requests SET status = 'PENDING', pending_since = @at,
       respond_by = @respondBy, justification = @justification,
       closed_at = NULL, closed_by = NULL, legal_basis = NULL, reason = NULL
     WHERE id = @id AND status IN ('DECLINED', 'EXPIRED')`,
  );
  const overdue = database.prepare<
    [string],
    Pick<DisclosureRequestRecord, 'id' | 'respondBy' | 'pendingSince'>
  >(
    `SELECT id, respond_by AS respondBy, pending_since AS pendingSince
     FROM disclosure_requests WHERE status = 'PENDING' AND respond_by <= ?`,
  );
  const expire = database.prepare<[string, string]>(
    `UPDATE disclosure_requests SET status = 'EXPIRED', closed_at = ?
     WHERE id = ? AND status = 'PENDING'`,
  );
  const addEvent = database.prepare(
    `INSERT INTO disclosure_request_events (request_id, sequence, kind, at,
       actor, pending_since, note)
     VALUES (@requestId, (SELECT COALESCE(MAX(sequence), 0) + 1
       FROM disclosure_request_events WHERE request_id = @requestId),
       @kind, @at, @actor, @pendingSince, @note)`,
  );
  const note = (requestId: string, event: RequestEvent): void => {
    addEvent.run({ requestId, ...event });
  };
  /** The row as it now stands, or null when `changes` says nothing was written. */
  const after = (id: string, changes: number) =>
    changes === 0 ? null : findRequestById(id);
  return {
    insertRequest: database.transaction((request: DisclosureRequestRecord) => {
      insert.run(toStoredRequestRow(request));
      note(request.id, {
        kind: 'RAISED',
        at: request.raisedAt,
        actor: request.requestedBy,
        pendingSince: request.pendingSince,
        note: null,
      });
      const stored = findRequestById(request.id);
      // Read back inside the transaction that wrote it: absence is a store fault.
      if (!stored)
        throw new Error('disclosure request not found after writing it');
      return stored;
    }),
    recordDecision: database.transaction((change: DecisionChange) => {
      const before = findRequestById(change.id);
      const { changes } = decide.run({
        id: change.id,
        status: change.status,
        closedAt: change.closedAt,
        closedBy: change.closedBy,
        legalBasis: change.legalBasis,
        reason: change.reason,
        grantId: change.grant?.id ?? null,
        grantLevel: change.grant?.level ?? null,
        grantExpiresAt: change.grant?.expiresAt ?? null,
        grantRegions: toJson(change.grant?.regions),
        grantUnits: toJson(change.grant?.units),
      });
      if (changes > 0 && before) {
        note(change.id, {
          kind: change.status,
          at: change.closedAt,
          actor: change.closedBy,
          pendingSince: before.pendingSince,
          note: change.status === 'DECLINED' ? change.reason : null,
        });
      }
      return after(change.id, changes);
    }),
    recordWithdrawal: database.transaction(
      (id: string, at: string, by: string) => {
        const before = findRequestById(id);
        const { changes } = withdraw.run({ id, at, by });
        if (changes > 0 && before) {
          note(id, {
            kind: 'WITHDRAWN',
            at,
            actor: by,
            pendingSince: before.pendingSince,
            note: null,
          });
        }
        return after(id, changes);
      },
    ),
    recordReopening: database.transaction((id: string, change: Reopening) => {
      const { changes } = reopen.run({ id, ...change });
      if (changes > 0) {
        note(id, {
          kind: 'REOPENED',
          at: change.at,
          actor: change.by,
          pendingSince: change.at,
          note: change.justification,
        });
      }
      return after(id, changes);
    }),
    expireOverdue: database.transaction((now: string) => {
      let expired = 0;
      for (const request of overdue.all(now)) {
        if (expire.run(request.respondBy, request.id).changes === 0) continue;
        note(request.id, {
          kind: 'EXPIRED',
          at: request.respondBy,
          actor: null,
          pendingSince: request.pendingSince,
          note: null,
        });
        expired += 1;
      }
      return expired;
    }),
  };
}

function toJson(list: readonly string[] | null | undefined): string | null {
  return list === undefined || list === null ? null : JSON.stringify(list);
}
