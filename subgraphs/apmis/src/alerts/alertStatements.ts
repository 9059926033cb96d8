import { type Expression, type SqlBool, sql } from 'kysely';
import { type LoggedWrite } from '../workflow/runIdempotentChange';
import {
  type InboxAlertRow,
  INBOX_LIMIT,
  type NewAlert,
  type NewCustodyNotice,
} from './AlertStore';

type Operation = 'NOTIFY_CUSTODY_MOVEMENT';
export type StoredInboxAlert = Omit<InboxAlertRow, 'id'> & { id: number };

/**
 * The alert store's statements, written once for both dialects. A batch (an
 * inbox's addresses, the alerts marked read) is one bind whatever its size
 * (`inBatch`, from inBatchKeys).
 */
export const alertStatements = {
  insertAlert: (alert: NewAlert) =>
    sql<{
      id: number;
    }>`INSERT INTO alert (kind, nominal_id, region, raised_at, raised_by,
         subject_id, movement, moved_on, from_establishment, to_establishment, to_region, outcome)
       VALUES (${alert.kind}, ${alert.nominalId}, ${alert.region}, ${alert.raisedAt},
         ${alert.raisedBy}, ${alert.subjectId}, ${alert.movement}, ${alert.movedOn},
         ${alert.fromEstablishment}, ${alert.toEstablishment}, ${alert.toRegion},
         ${alert.outcome})
       RETURNING id`,
  insertRecipient: (address: string, alertId: number) =>
    sql`INSERT INTO alert_recipient (address, alert_id) VALUES (${address}, ${alertId})
       ON CONFLICT DO NOTHING`,
  inbox: (readerSub: string, toAddresses: Expression<SqlBool>) =>
    sql<StoredInboxAlert>`SELECT a.id, a.kind, a.nominal_id AS "nominalId", a.region,
         a.raised_at AS "raisedAt", a.raised_by AS "raisedBy", a.subject_id AS "subjectId",
         a.movement, a.moved_on AS "movedOn", a.from_establishment AS "fromEstablishment",
         a.to_establishment AS "toEstablishment", a.to_region AS "toRegion", a.outcome,
         r.read_at AS "readAt"
       FROM alert a
       LEFT JOIN alert_read r ON r.alert_id = a.id AND r.reader_sub = ${readerSub}
       WHERE a.id IN (SELECT alert_id FROM alert_recipient WHERE ${toAddresses})
         AND a.raised_by <> ${readerSub}
       ORDER BY a.id DESC LIMIT ${INBOX_LIMIT}`,
  // Only alerts that exist are marked; one already read keeps its first time.
  markRead: (readerSub: string, at: string, isMarked: Expression<SqlBool>) =>
    sql`INSERT INTO alert_read (reader_sub, alert_id, read_at)
       SELECT ${readerSub}, id, ${at} FROM alert WHERE ${isMarked}
       ON CONFLICT DO NOTHING`,
  insertNotice: (notice: NewCustodyNotice) =>
    sql<{
      id: number;
    }>`INSERT INTO custody_notice (nominal_id, movement, moved_on,
         from_establishment, to_establishment, notified_by, notified_at)
       VALUES (${notice.nominalId}, ${notice.movement}, ${notice.movedOn},
         ${notice.fromEstablishment}, ${notice.toEstablishment}, ${notice.notifiedBy},
         ${notice.notifiedAt})
       RETURNING id`,
  establishment: (nominalId: string) =>
    sql<{
      establishment: string | null;
    }>`SELECT to_establishment AS "establishment"
       FROM custody_notice WHERE nominal_id = ${nominalId}
       ORDER BY moved_on DESC, id DESC LIMIT 1`,
  findWrite: (actorSub: string, clientRequestId: string) =>
    sql<LoggedWrite<Operation>>`SELECT operation, input_hash AS "inputHash",
         result_id AS "resultId"
       FROM custody_notice_write
       WHERE actor_sub = ${actorSub} AND client_request_id = ${clientRequestId}`,
  recordWrite: (
    actorSub: string,
    clientRequestId: string,
    write: LoggedWrite<Operation>,
    writtenAt: string,
  ) =>
    sql`INSERT INTO custody_notice_write (actor_sub, client_request_id, operation, input_hash,
         result_id, written_at)
       VALUES (${actorSub}, ${clientRequestId}, ${write.operation}, ${write.inputHash},
         ${write.resultId}, ${writtenAt})`,
};
