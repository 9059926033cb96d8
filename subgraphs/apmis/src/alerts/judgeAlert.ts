import {
  type DisclosureLevel,
  rankDisclosure,
  type RecordMarking,
} from '@marsoc/schema';
import { type ApmisContext } from '../context';
import { type AlertRow } from './AlertStore';

/** The coordinates an alert's parts are governed by. */
export const ALERT_FIELD = {
  /** Any alert says the nominal is on the cohort (COHORT). */
  cohort: 'Alert.kind',
  /** A custody movement is HMPPS's (MOVEMENTS). */
  movement: 'Alert.movement',
  /** A disruption is APMIS's disruption record (DISRUPTION). */
  disruption: 'Alert.disruptionRecord',
} as const;

/** The marking APMIS puts on an alert: the region of the nomination it concerns. */
export function markAlert(alert: AlertRow): RecordMarking {
  return { nominatedRegions: [alert.region] };
}

/**
 * The reader's decision on one part of one alert: the field's decision from
 * the request's table, judged again against the alert's own record marking.
 * Case-specific grants are not consulted: an alert's detail is never opened
 * by a grant, so it fails closed.
 */
export function judgeAlertPart(
  context: ApmisContext,
  coordinate: string,
  alert: AlertRow,
): DisclosureLevel {
  const { marking, decision } = context.enforcement.decideLookup(coordinate);
  return context.enforcement.table.record({
    field: decision,
    marking,
    record: markAlert(alert),
    now: context.enforcement.now,
  }).level;
}

const atLeast = (level: DisclosureLevel, least: DisclosureLevel) =>
  rankDisclosure(level) >= rankDisclosure(least);

/**
 * Whether the reader may have the alert in their inbox at all: it tells them
 * the nominal is on the cohort, so COHORT in full; a custody alert tells that
 * HMPPS holds a movement and a disruption alert that a disruption exists, so
 * those at least as held. An alert that fails is left out of the list and of
 * every count, as if it had never been raised.
 */
export function mayHoldAlert(context: ApmisContext, alert: AlertRow): boolean {
  if (judgeAlertPart(context, ALERT_FIELD.cohort, alert) !== 'FULL')
    return false;
  if (alert.kind === 'CUSTODY_MOVEMENT')
    return atLeast(
      judgeAlertPart(context, ALERT_FIELD.movement, alert),
      'EXISTENCE',
    );
  if (alert.kind === 'DISRUPTION_RECORDED')
    return atLeast(
      judgeAlertPart(context, ALERT_FIELD.disruption, alert),
      'EXISTENCE',
    );
  return true;
}
