import { type Region } from '@marsoc/schema';
import { type WriteLog } from '../workflow/runIdempotentChange';
import { type AlertKind, type CustodyMovement } from './alertVocabulary';

/** One alert as stored: the event, never a recipient's view of it. */
export interface AlertRow {
  /** `AL-` and six digits. */
  id: string;
  kind: AlertKind;
  nominalId: string;
  /** The region of the nominal's nomination when it was raised. */
  region: Region;
  raisedAt: string;
  raisedBy: string;
  /** What it is about: a nomination (CN-), a disruption record (DR-) or a transfer (CT-). */
  subjectId: string | null;
  movement: CustodyMovement | null;
  movedOn: string | null;
  fromEstablishment: string | null;
  toEstablishment: string | null;
  /** A cohort transfer's receiving region. */
  toRegion: Region | null;
  /** A transfer's decision (ACCEPTED, REFUSED). */
  outcome: string | null;
}

/** An alert as one reader's inbox holds it. */
export interface InboxAlertRow extends AlertRow {
  readAt: string | null;
}

export type NewAlert = Omit<AlertRow, 'id'>;

export interface NewCustodyNotice {
  nominalId: string;
  movement: CustodyMovement;
  movedOn: string;
  fromEstablishment: string | null;
  toEstablishment: string | null;
  notifiedBy: string;
  notifiedAt: string;
}

/** The newest limit of an inbox: older alerts stay stored, unlisted. */
export const INBOX_LIMIT = 200;

/**
 * Alerts and the custody notices that cause some of them. Made on the same
 * transaction as the cohort store (ApmisWrites), so an alert is kept or
 * dropped with the write that raised it.
 */
export interface AlertStore extends WriteLog<'NOTIFY_CUSTODY_MOVEMENT'> {
  /** Stores the alert for each address (at least one); returns its id. */
  raise(alert: NewAlert, addresses: readonly string[]): Promise<string>;
  /**
   * The alerts sent to any of the addresses, newest first, at most
   * INBOX_LIMIT, with the reader's read time; none the reader raised.
   */
  findInbox(
    addresses: readonly string[],
    readerSub: string,
  ): Promise<InboxAlertRow[]>;
  /** Marks the alerts read for the reader; ids already read keep their first time. */
  markRead(
    alertIds: readonly string[],
    readerSub: string,
    at: string,
  ): Promise<void>;
  insertCustodyNotice(notice: NewCustodyNotice): Promise<string>;
  /** The establishment the latest custody notice left the nominal in; null if none or released. */
  findEstablishment(nominalId: string): Promise<string | null>;
}
