import { type AlertStore } from '../alerts/AlertStore';
import { type CohortStore } from './CohortStore';
import { type CycleStore } from './CycleStore';
import { type MeetingReads, type MeetingStore } from './MeetingStore';

/** The stores of one write, every one made on the write's transaction. */
export interface ApmisWriteStores {
  cohort: CohortStore;
  cycle: CycleStore;
  meetings: MeetingStore;
  /** Raised by the cohort and cycle stores' own writes (withAlerts), and by custody notices. */
  alerts: AlertStore;
}

/** What may be read of the write stores outside a write: the answer a mutation reads back, an inbox. */
export interface ApmisStoreReads {
  cohort: Pick<CohortStore, 'findNomination'>;
  cycle: Pick<CycleStore, 'findApmisDisruption'>;
  meetings: MeetingReads;
  alerts: Pick<AlertStore, 'findInbox'>;
}

/**
 * APMIS's writes. Every write is one serializable transaction over stores
 * made on it: the state a decision rests on is read inside it, and the change,
 * its event, its alerts and its client request id are written in it, whole
 * or not at all.
 */
export interface ApmisWrites {
  /**
   * Runs `work` in one serializable transaction (runInTransaction); on
   * PostgreSQL a serialization failure runs it again from the start, so
   * `work` must have no effect outside the stores it is given. If it throws,
   * nothing it wrote is kept.
   */
  transaction<T>(work: (stores: ApmisWriteStores) => Promise<T>): Promise<T>;
  /** The same stores' reads over the store itself, outside any write. */
  readonly reads: ApmisStoreReads;
}
