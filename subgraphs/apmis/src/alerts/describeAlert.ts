import { type AlertRow } from './AlertStore';

/** What the reader may see of an alert's detail, as the register decided it. */
export interface AlertSight {
  /** HMPPS's movement (which, when, from and to) in full. */
  movement: boolean;
  /** The disruption record in full. */
  disruption: boolean;
}

function describeMovement(alert: AlertRow): string {
  const on = alert.movedOn === null ? '' : ` on ${alert.movedOn}`;
  switch (alert.movement) {
    case 'TRANSFER':
      return `transferred from ${alert.fromEstablishment ?? '?'} to ${alert.toEstablishment ?? '?'}${on}`;
    case 'RELEASE':
      return `released from ${alert.fromEstablishment ?? '?'}${on}`;
    case 'RECALL':
      return `recalled to ${alert.toEstablishment ?? '?'}${on}`;
    case null:
      return 'moved';
  }
}

/**
 * The alert's short text, built only from what the reader may see: the kind,
 * the nominal's id and the cohort's own record (COHORT, which every holder of
 * an alert may read in full), and HMPPS's movement or the disruption record
 * only where `sight` says the register releases them in full. Otherwise the
 * text says only that the owner holds something, and whom to ask.
 */
export function describeAlert(alert: AlertRow, sight: AlertSight): string {
  const nominal = alert.nominalId;
  switch (alert.kind) {
    case 'CUSTODY_MOVEMENT':
      return sight.movement
        ? `${nominal} was ${describeMovement(alert)}.`
        : `HMPPS has notified a custody movement of ${nominal}; ask HMPPS for what it may share.`;
    case 'NOMINATION':
      return `${nominal} was nominated to the ${alert.region} hub (${alert.subjectId ?? 'nomination'}).`;
    case 'DISRUPTION_RECORDED':
      return sight.disruption
        ? `A disruption of ${nominal} was recorded (${alert.subjectId ?? 'record'}) and awaits the hub's moderation.`
        : `A disruption of ${nominal} has been recorded; ask the MARSOC Regional Lead for what they may share.`;
    case 'COHORT_TRANSFER_REQUESTED':
      return `A transfer of ${nominal} from the ${alert.region} cohort to ${alert.toRegion ?? '?'} was asked for (${alert.subjectId ?? 'transfer'}).`;
    case 'COHORT_TRANSFER_DECIDED':
      return `The transfer of ${nominal} from the ${alert.region} cohort to ${alert.toRegion ?? '?'} was ${alert.outcome ?? 'decided'} (${alert.subjectId ?? 'transfer'}).`;
  }
}
