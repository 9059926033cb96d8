import { runInTransaction, type StoreDialect } from '@marsoc/platform/store';
import { createAlertStore } from '../alerts/createAlertStore';
import { withCohortAlerts, withCycleAlerts } from '../alerts/withAlerts';
import { type ApmisStore } from './ApmisTables';
import { type ApmisWrites, type ApmisWriteStores } from './ApmisWrites';
import { createCohortStore } from './createCohortStore';
import { createCycleStore } from './createCycleStore';
import { createMeetingStore } from './createMeetingStore';
import { type StoreHandle } from './storeStatements';

/** The write stores over one handle, alerts raised by the cohort and cycle stores' writes. */
function createWriteStores(
  db: StoreHandle,
  dialect: StoreDialect,
): ApmisWriteStores {
  const alerts = createAlertStore(db, dialect);
  const cohort = createCohortStore(db);
  return {
    cohort: withCohortAlerts(cohort, alerts),
    cycle: withCycleAlerts(createCycleStore(db), cohort, alerts),
    meetings: createMeetingStore(db, dialect),
    alerts,
  };
}

/**
 * APMIS's writes over its store, on either dialect. Each is one
 * `serializable` transaction (the cohort workflow is a state machine: of two
 * replicas moving one nomination at once, one commits and the other, run
 * again, reads the new state and is refused as a stale transition is). Every
 * store a write uses is made on that transaction, never on the store: on
 * SQLite Kysely has one connection, so a query outside the transaction would
 * wait for it to end, and on PostgreSQL it would read and write beside it.
 */
export function createApmisWrites(apmisStore: ApmisStore): ApmisWrites {
  // The write stores' statements are raw SQL, over any handle of the store.
  const store = {
    db: apmisStore.db as unknown as StoreHandle,
    dialect: apmisStore.dialect,
  };
  const outside = createWriteStores(store.db, store.dialect);
  return {
    transaction: (work) =>
      runInTransaction(
        store,
        (trx) => work(createWriteStores(trx, store.dialect)),
        { isolation: 'serializable' },
      ),
    reads: {
      cohort: outside.cohort,
      cycle: outside.cycle,
      meetings: createMeetingStore(store.db, store.dialect),
      alerts: outside.alerts,
    },
  };
}
