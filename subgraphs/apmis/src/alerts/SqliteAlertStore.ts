import {
  type SqliteDatabase,
  type SqliteStatement,
  toBatchKeys,
} from '@marsoc/platform/store';
import { type LoggedWrite } from '../workflow/runIdempotentChange';
import {
  type AlertStore,
  type InboxAlertRow,
  INBOX_LIMIT,
  type NewAlert,
  type NewCustodyNotice,
} from './AlertStore';

type Operation = 'NOTIFY_CUSTODY_MOVEMENT';
type Parameters = Record<string, unknown>;
type StoredInboxAlert = Omit<InboxAlertRow, 'id'> & { id: number };

const ALERT_PREFIX = 'AL-';
const NOTICE_PREFIX = 'CMN-';
const ALERT_ID = /^AL-(\d{6,12})$/;

const formatId = (prefix: string, id: number | bigint) =>
  `${prefix}${String(id).padStart(6, '0')}`;

/** The integer behind an alert id, or null when it is not one. */
export function parseAlertId(alertId: string): number | null {
  const match = ALERT_ID.exec(alertId);
  const id = match === null ? NaN : Number(match[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** The alert store's statements, named so the compiled declarations can name them. */
export interface AlertStatements {
  insertAlert: SqliteStatement<[Parameters]>;
  insertRecipient: SqliteStatement<[string, number | bigint]>;
  inbox: SqliteStatement<[string, string, string, number], StoredInboxAlert>;
  markRead: SqliteStatement<[string, string, string]>;
  insertNotice: SqliteStatement<[Parameters]>;
  establishment: SqliteStatement<[string], string | null>;
  findWrite: SqliteStatement<[string, string], LoggedWrite<Operation>>;
  recordWrite: SqliteStatement<[Parameters]>;
}

function prepareAlertStatements(database: SqliteDatabase): AlertStatements {
  return {
    insertAlert: database.prepare(
      `INSERT INTO alert (kind, nominal_id, region, raised_at, raised_by, subject_id, movement,
         moved_on, from_establishment, to_establishment, to_region, outcome)
       VALUES (@kind, @nominalId, @region, @raisedAt, @raisedBy, @subjectId, @movement,
         @movedOn, @fromEstablishment, @toEstablishment, @toRegion, @outcome)`,
    ),
    insertRecipient: database.prepare(
      'INSERT OR IGNORE INTO alert_recipient (address, alert_id) VALUES (?, ?)',
    ),
    inbox: database.prepare(
      `SELECT a.id, a.kind, a.nominal_id AS nominalId, a.region, a.raised_at AS raisedAt,
              a.raised_by AS raisedBy, a.subject_id AS subjectId, a.movement, a.moved_on AS movedOn,
              a.from_establishment AS fromEstablishment, a.to_establishment AS toEstablishment,
              a.to_region AS toRegion, a.outcome, r.read_at AS readAt
       FROM alert a
       LEFT JOIN alert_read r ON r.alert_id = a.id AND r.reader_sub = ?
       WHERE a.id IN (SELECT alert_id FROM alert_recipient WHERE address IN (SELECT value FROM json_each(?)))
         AND a.raised_by <> ?
       ORDER BY a.id DESC LIMIT ?`,
    ),
    markRead: database.prepare(
      `INSERT OR IGNORE INTO alert_read (reader_sub, alert_id, read_at)
       SELECT ?, value, ? FROM json_each(?)`,
    ),
    insertNotice: database.prepare(
      `INSERT INTO custody_notice (nominal_id, movement, moved_on, from_establishment,
         to_establishment, notified_by, notified_at)
       VALUES (@nominalId, @movement, @movedOn, @fromEstablishment, @toEstablishment,
         @notifiedBy, @notifiedAt)`,
    ),
    establishment: database
      .prepare<[string], string | null>(
        `SELECT to_establishment FROM custody_notice WHERE nominal_id = ?
         ORDER BY moved_on DESC, id DESC LIMIT 1`,
      )
      .pluck(),
    findWrite: database.prepare(
      `SELECT operation, input_hash AS inputHash, result_id AS resultId
       FROM custody_notice_write WHERE actor_sub = ? AND client_request_id = ?`,
    ),
    recordWrite: database.prepare(
      `INSERT INTO custody_notice_write (actor_sub, client_request_id, operation, input_hash,
         result_id, written_at)
       VALUES (@actorSub, @clientRequestId, @operation, @inputHash, @resultId, @writtenAt)`,
    ),
  };
}

/** Alerts and custody notices over the APMIS SQLite store. */
export class SqliteAlertStore implements AlertStore {
  private readonly statements: AlertStatements;

  constructor(database: SqliteDatabase) {
    this.statements = prepareAlertStatements(database);
  }

  raise(alert: NewAlert, addresses: readonly string[]): string {
    if (addresses.length === 0)
      throw new Error('an alert must go to at least one address');
    const id = this.statements.insertAlert.run({ ...alert }).lastInsertRowid;
    for (const address of addresses)
      this.statements.insertRecipient.run(address, id);
    return formatId(ALERT_PREFIX, id);
  }

  findInbox(addresses: readonly string[], readerSub: string): InboxAlertRow[] {
    if (addresses.length === 0) return [];
    return this.statements.inbox
      .all(readerSub, JSON.stringify(addresses), readerSub, INBOX_LIMIT)
      .map((stored) => ({ ...stored, id: formatId(ALERT_PREFIX, stored.id) }));
  }

  markRead(alertIds: readonly string[], readerSub: string, at: string): void {
    const ids = alertIds
      .map(parseAlertId)
      .filter((id): id is number => id !== null);
    this.statements.markRead.run(readerSub, at, toBatchKeys(ids));
  }

  insertCustodyNotice(notice: NewCustodyNotice): string {
    const id = this.statements.insertNotice.run({ ...notice }).lastInsertRowid;
    return formatId(NOTICE_PREFIX, id);
  }

  findEstablishment(nominalId: string): string | null {
    return this.statements.establishment.get(nominalId) ?? null;
  }

  findWrite(
    actorSub: string,
    clientRequestId: string,
  ): LoggedWrite<Operation> | null {
    return this.statements.findWrite.get(actorSub, clientRequestId) ?? null;
  }

  recordWrite(
    actorSub: string,
    clientRequestId: string,
    write: LoggedWrite<Operation>,
    writtenAt: string,
  ): void {
    this.statements.recordWrite.run({
      ...write,
      actorSub,
      clientRequestId,
      writtenAt,
    });
  }
}
