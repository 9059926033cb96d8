/**
 * The caller's alert inbox (issue 13 point 5): what APMIS answers, each part
 * judged by the register for the reader, and the same fields the gateway's
 * stream (GET /alerts/stream) sends for each new alert.
 */
export const ALERT_FIELDS = `__typename id kind raisedAt read region text toRegion transferOutcome
  nominal { __typename id }
  movement { __typename movement movedOn fromEstablishment toEstablishment }`;

export const ALERTS_QUERY = `query AlertInbox { alerts { ${ALERT_FIELDS} } }`;

export const MARK_ALERTS_READ = `mutation MarkAlertsRead($ids: [ID!]!) {
  markAlertsRead(ids: $ids) { ${ALERT_FIELDS} }
}`;

/** One alert as the reader may see it; a part the register keeps from them is null. */
export interface AlertView {
  __typename?: string;
  id: string;
  kind: string | null;
  raisedAt: string | null;
  read: boolean | null;
  region: string | null;
  text: string | null;
  toRegion: string | null;
  transferOutcome: string | null;
  nominal: { id: string } | null;
  movement: Record<string, string | null> | null;
}

/**
 * The inbox with `arrived` taken in: an alert already held keeps what the
 * console knows of it (a stream event must not undo a "mark read"); the
 * newest first, as APMIS lists them.
 */
export function mergeAlerts(
  held: AlertView[],
  arrived: readonly AlertView[],
): AlertView[] {
  const known = new Set(held.map((alert) => alert.id));
  const added = arrived.filter((alert) => !known.has(alert.id));
  if (added.length === 0) return held;
  return [...held, ...added].sort((a, b) =>
    (b.raisedAt ?? '').localeCompare(a.raisedAt ?? ''),
  );
}

/** The inbox with the alerts APMIS says are now read replaced by its answer. */
export function markAlertsReadIn(
  held: readonly AlertView[],
  marked: readonly AlertView[],
): AlertView[] {
  const byId = new Map(marked.map((alert) => [alert.id, alert]));
  return held.map((alert) => byId.get(alert.id) ?? alert);
}

export const countUnread = (alerts: readonly AlertView[]) =>
  alerts.filter((alert) => alert.read === false).length;
