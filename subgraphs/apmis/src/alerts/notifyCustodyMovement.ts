import { type CohortStore } from '../repository/CohortStore';
import { type CohortRequest } from '../workflow/runCohortChange';
import { CYCLE_REFUSED } from '../workflow/runCycleChange';
import { runIdempotentChange } from '../workflow/runIdempotentChange';
import { type AlertStore } from './AlertStore';
import { parseCustodyNotice } from './parseCustodyNotice';
import { isCohortNominal, raiseAlert } from './withAlerts';

type Input = Readonly<Record<string, unknown>>;

/** Movements are HMPPS's information: a notice needs them released in full. */
export const CUSTODY_MOVEMENT_FIELD = 'CustodyMovementNotice.movement';

export interface CustodyNoticeStores {
  cohort: CohortStore;
  alerts: AlertStore;
}

/**
 * HMPPS tells APMIS that a nominal was transferred between establishments,
 * released or recalled (seed 000 E567). Only HMPPS, which holds the prison
 * record, notifies; the register must release movements to the caller in
 * full. For a nominal on the SOC master list the notice is kept (where a
 * nominated prisoner's security department is found); for a cohort nominal
 * the SRO, the region's lead, a receiving region's lead and a receiving
 * establishment's security department are alerted in the same transaction;
 * for anyone else nothing is kept. Either way the answer is the same receipt, so it never says whether
 * the person is on the master list or the cohort. Returns the nominal's id.
 */
export async function notifyCustodyMovement(
  stores: CustodyNoticeStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runIdempotentChange(
    stores.alerts,
    request,
    {
      writes: CUSTODY_MOVEMENT_FIELD,
      subject: 'A custody notice',
      audited: 'what they audit',
      refused: CYCLE_REFUSED,
    },
    {
      operation: 'NOTIFY_CUSTODY_MOVEMENT',
      input,
      parsed: parseCustodyNotice(input, request.now),
      async apply(value, problems) {
        const { caller } = request;
        if (caller.agency !== 'HMPPS')
          problems.addCaller(
            'Only HMPPS, which holds the prison record, notifies a custody movement.',
          );
        problems.throwIfAny();
        const { clientRequestId: _, ...notice } = value;
        if (
          (await stores.cohort.findMasterListRegion(value.nominalId)) === null
        )
          return value.nominalId;
        await stores.alerts.insertCustodyNotice({
          ...notice,
          notifiedBy: caller.sub,
          notifiedAt: request.now,
        });
        const nomination = await stores.cohort.findLatestNomination(
          value.nominalId,
        );
        if (!isCohortNominal(nomination)) return value.nominalId;
        await raiseAlert(
          stores.alerts,
          {
            ...notice,
            kind: 'CUSTODY_MOVEMENT',
            region: nomination.region,
            raisedAt: request.now,
            raisedBy: caller.sub,
            subjectId: null,
            toRegion: null,
            outcome: null,
          },
          {
            kind: 'CUSTODY_MOVEMENT',
            region: nomination.region,
            sro: nomination.forumDecision?.seniorResponsibleOfficer ?? null,
            movement: value.movement,
            toEstablishment: value.toEstablishment,
          },
        );
        return value.nominalId;
      },
    },
  );
}
