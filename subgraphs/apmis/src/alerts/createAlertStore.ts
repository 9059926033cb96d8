import { inBatchKeys, type StoreDialect } from '@marsoc/platform/store';
import {
  insertReturningId,
  readFirstRow,
  readRows,
  type StoreHandle,
} from '../repository/storeStatements';
import { type AlertStore } from './AlertStore';
import { alertStatements as statements } from './alertStatements';

const ALERT_PREFIX = 'AL-';
const NOTICE_PREFIX = 'CMN-';
const ALERT_ID = /^AL-(\d{6,12})$/;

const formatId = (prefix: string, id: number) =>
  `${prefix}${String(id).padStart(6, '0')}`;

/** The integer behind an alert id, or null when it is not one. */
export function parseAlertId(alertId: string): number | null {
  const match = ALERT_ID.exec(alertId);
  const id = match === null ? NaN : Number(match[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * Alerts and custody notices over the APMIS store, on either dialect. Made on
 * the same transaction as the cohort store for a write (ApmisWrites), so an
 * alert is kept exactly when the write that raised it is.
 */
export function createAlertStore(
  db: StoreHandle,
  dialect: StoreDialect,
): AlertStore {
  return {
    async raise(alert, addresses) {
      if (addresses.length === 0)
        throw new Error('an alert must go to at least one address');
      const id = await insertReturningId(db, statements.insertAlert(alert));
      for (const address of addresses)
        await statements.insertRecipient(address, id).execute(db);
      return formatId(ALERT_PREFIX, id);
    },
    async findInbox(addresses, readerSub) {
      if (addresses.length === 0) return [];
      const toAddresses = inBatchKeys(dialect, 'address', addresses);
      return (await readRows(db, statements.inbox(readerSub, toAddresses))).map(
        (stored) => ({ ...stored, id: formatId(ALERT_PREFIX, stored.id) }),
      );
    },
    async markRead(alertIds, readerSub, at) {
      const ids = alertIds
        .map(parseAlertId)
        .filter((id): id is number => id !== null);
      if (ids.length === 0) return;
      const isMarked = inBatchKeys(dialect, 'id', ids, 'integer');
      await statements.markRead(readerSub, at, isMarked).execute(db);
    },
    insertCustodyNotice: async (notice) =>
      formatId(
        NOTICE_PREFIX,
        await insertReturningId(db, statements.insertNotice(notice)),
      ),
    findEstablishment: async (nominalId) =>
      (await readFirstRow(db, statements.establishment(nominalId)))
        ?.establishment ?? null,
    findWrite: async (actorSub, clientRequestId) =>
      (await readFirstRow(
        db,
        statements.findWrite(actorSub, clientRequestId),
      )) ?? null,
    async recordWrite(actorSub, clientRequestId, write, writtenAt) {
      await statements
        .recordWrite(actorSub, clientRequestId, write, writtenAt)
        .execute(db);
    },
  };
}
