import { OPEN_COHORT_STATUSES } from '../repository/apmisVocabulary';
import { type CohortMembershipRow } from '../repository/CohortRows';
import { type CohortStore } from '../repository/CohortStore';
import { type CycleStore } from '../repository/CycleStore';
import { type AlertStore, type NewAlert } from './AlertStore';
import { type AlertEvent, findAlertRecipients } from './alertRecipients';

type Clock = () => string;

/** An alert's detail fields, none of them set: each kind sets its own. */
export const NO_DETAIL = {
  subjectId: null,
  movement: null,
  movedOn: null,
  fromEstablishment: null,
  toEstablishment: null,
  toRegion: null,
  outcome: null,
} as const;

/** True when the nominal's latest nomination is open: nominated, deferred, redirected or selected. */
export function isCohortNominal(
  nomination: CohortMembershipRow | null,
): nomination is CohortMembershipRow {
  return (
    nomination !== null && OPEN_COHORT_STATUSES.includes(nomination.status)
  );
}

/** Stores one alert for its recipients; an event that reaches nobody stores nothing. */
export async function raiseAlert(
  alerts: AlertStore,
  alert: NewAlert,
  event: AlertEvent,
): Promise<void> {
  const addresses = findAlertRecipients(event);
  if (addresses.length > 0) await alerts.raise(alert, addresses);
}

/** Answers `hooks` for their methods and the store's own for every other. */
function decorate<T extends object>(store: T, hooks: Partial<T>): T {
  return new Proxy(store, {
    get(target, key) {
      if (Object.prototype.hasOwnProperty.call(hooks, key))
        return hooks[key as keyof T];
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The cohort store, raising a NOMINATION alert with each new nomination's
 * event, inside the same transaction: whatever path nominates (the form or an
 * emergency), the alert exists exactly when the nomination does.
 */
export function withCohortAlerts(
  store: CohortStore,
  alerts: AlertStore,
): CohortStore {
  return decorate(store, {
    async appendEvent(event) {
      await store.appendEvent(event);
      if (event.transition !== 'NOMINATE') return;
      const nomination = await store.findNomination(event.nominationId);
      if (nomination === null) return;
      const establishment =
        nomination.supervisionAtNomination === 'CUSTODY'
          ? await alerts.findEstablishment(nomination.nominalId)
          : null;
      await raiseAlert(
        alerts,
        {
          ...NO_DETAIL,
          kind: 'NOMINATION',
          nominalId: nomination.nominalId,
          region: nomination.region,
          raisedAt: event.occurredAt,
          raisedBy: event.actorSub,
          subjectId: nomination.nominationId,
        },
        { kind: 'NOMINATION', region: nomination.region, establishment },
      );
    },
  });
}

/**
 * The cycle store, raising alerts with a disruption recorded against a cohort
 * nominal, a cohort transfer asked for and a transfer decided, each inside
 * the write's own transaction.
 */
export function withCycleAlerts(
  store: CycleStore,
  cohort: Pick<CohortStore, 'findLatestNomination' | 'findNomination'>,
  alerts: AlertStore,
  now: Clock = () => new Date().toISOString(),
): CycleStore {
  return decorate(store, {
    async insertDisruptionRecord(record) {
      const id = await store.insertDisruptionRecord(record);
      const nomination = await cohort.findLatestNomination(record.nominalId);
      if (!isCohortNominal(nomination)) return id;
      await raiseAlert(
        alerts,
        {
          ...NO_DETAIL,
          kind: 'DISRUPTION_RECORDED',
          nominalId: record.nominalId,
          region: nomination.region,
          raisedAt: now(),
          raisedBy: record.recordedBy,
          subjectId: id,
        },
        {
          kind: 'DISRUPTION_RECORDED',
          region: nomination.region,
          moderatingRegion: record.region,
          sro: nomination.forumDecision?.seniorResponsibleOfficer ?? null,
        },
      );
      return id;
    },
    async insertTransfer(transfer) {
      const id = await store.insertTransfer(transfer);
      const nomination = await cohort.findNomination(transfer.nominationId);
      await raiseAlert(
        alerts,
        {
          ...NO_DETAIL,
          kind: 'COHORT_TRANSFER_REQUESTED',
          nominalId: transfer.nominalId,
          region: transfer.fromRegion,
          raisedAt: transfer.requestedAt,
          raisedBy: transfer.requestedBy,
          subjectId: id,
          toRegion: transfer.toRegion,
        },
        {
          kind: 'COHORT_TRANSFER_REQUESTED',
          fromRegion: transfer.fromRegion,
          toRegion: transfer.toRegion,
          sro: nomination?.forumDecision?.seniorResponsibleOfficer ?? null,
        },
      );
      return id;
    },
    async decideTransfer(transferId, change) {
      await store.decideTransfer(transferId, change);
      const transfer = await store.findTransfer(transferId);
      if (transfer === null) return;
      const nomination = await cohort.findNomination(transfer.nominationId);
      await raiseAlert(
        alerts,
        {
          ...NO_DETAIL,
          kind: 'COHORT_TRANSFER_DECIDED',
          nominalId: transfer.nominalId,
          region: transfer.fromRegion,
          raisedAt: change.decidedAt,
          raisedBy: change.decidedBy,
          subjectId: transfer.id,
          toRegion: transfer.toRegion,
          outcome: change.status,
        },
        {
          kind: 'COHORT_TRANSFER_DECIDED',
          fromRegion: transfer.fromRegion,
          toRegion: transfer.toRegion,
          sro: nomination?.forumDecision?.seniorResponsibleOfficer ?? null,
        },
      );
    },
  });
}
