import { type CohortRequest } from '../workflow/runCohortChange';
import { findActorProblems } from '../workflow/cohortStateMachine';
import {
  type CycleStores,
  findLeadProblem,
  refuseUnlessLead,
  runCycleChange,
} from '../workflow/runCycleChange';
import {
  parseTransferDecision,
  parseTransferRequest,
} from './parseHandoffInputs';

type Input = Readonly<Record<string, unknown>>;

const COHORT = 'Nominal.cohort';

/**
 * The sending region asks to transfer a selected nominal to another region's
 * cohort (Table B1 5.3, E823). Until the receiving region's lead accepts, the
 * nominal stays on the sending region's cohort; only the two regions learn of
 * the pending transfer. Returns the transfer's id.
 */
export async function requestCohortTransfer(
  stores: CycleStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runCycleChange(stores, request, {
    operation: 'TRANSFER_REQUEST',
    writes: COHORT,
    input,
    parsed: parseTransferRequest(input),
    async apply(value, problems) {
      const { caller } = request;
      problems.addCaller(...findActorProblems('TRANSFER', caller));
      const nomination = await stores.cohort.findLatestNomination(
        value.nominalId,
      );
      if (nomination === null || nomination.status !== 'SELECTED')
        problems.addState(`${value.nominalId} is not on a regional cohort.`);
      else if (!caller.regions.includes(nomination.region))
        problems.addCaller(
          `Only the region holding ${value.nominalId} (${nomination.region}) asks to transfer them.`,
        );
      else if (nomination.region === value.toRegion)
        problems.addInput(
          `toRegion ${value.toRegion} is where the nominal already is.`,
        );
      else if (
        (await stores.cycle.findPendingTransfer(nomination.nominationId)) !==
        null
      )
        problems.addState(
          `A transfer of ${value.nominalId} already awaits its receiving region.`,
        );
      problems.throwIfAny();
      if (nomination === null)
        throw new Error('a missing nomination reported no problem');
      return await stores.cycle.insertTransfer({
        nominalId: value.nominalId,
        nominationId: nomination.nominationId,
        fromRegion: nomination.region,
        toRegion: value.toRegion,
        reason: value.reason,
        requestedBy: caller.sub,
        requestedAt: request.now,
      });
    },
  });
}

/**
 * The receiving region's lead accepts or refuses a pending transfer. On
 * acceptance the nominal moves to the receiving cohort and the cohort event
 * log records the TRANSFER, in the same transaction. A transfer to another
 * region answers exactly as an id that does not exist.
 */
export async function decideCohortTransfer(
  stores: CycleStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runCycleChange(stores, request, {
    operation: 'TRANSFER_DECISION',
    writes: COHORT,
    input,
    parsed: parseTransferDecision(input),
    async apply(value, problems) {
      const { caller } = request;
      refuseUnlessLead(request, problems, 'decide a transfer');
      const transfer = await stores.cycle.findTransfer(value.transferId);
      if (
        transfer === null ||
        findLeadProblem(request, transfer.toRegion, 'decide') !== null
      ) {
        problems.addInput(
          `There is no transfer ${value.transferId} awaiting your region's decision.`,
        );
        problems.throwIfAny();
        return value.transferId;
      }
      const nomination = await stores.cohort.findNomination(
        transfer.nominationId,
      );
      if (transfer.status !== 'PENDING')
        problems.addState(
          `Transfer ${transfer.id} is already ${transfer.status}.`,
        );
      else if (
        nomination?.status !== 'SELECTED' ||
        nomination.region !== transfer.fromRegion
      )
        problems.addState(
          `${transfer.nominalId} is no longer on the ${transfer.fromRegion} cohort.`,
        );
      problems.throwIfAny();
      await stores.cycle.decideTransfer(transfer.id, {
        status: value.decision === 'ACCEPT' ? 'ACCEPTED' : 'REFUSED',
        decidedBy: caller.sub,
        decidedAt: request.now,
        decisionReason: value.reason,
      });
      if (value.decision === 'ACCEPT') {
        await stores.cohort.recordTransfer(
          transfer.nominationId,
          transfer.toRegion,
        );
        await stores.cohort.appendEvent({
          nominationId: transfer.nominationId,
          nominalId: transfer.nominalId,
          transition: 'TRANSFER',
          fromStatus: 'SELECTED',
          toStatus: 'SELECTED',
          actorSub: caller.sub,
          actorAgency: caller.agency,
          occurredAt: request.now,
          cycle: null,
          detail: `${transfer.fromRegion} -> ${transfer.toRegion}`,
        });
      }
      return transfer.id;
    },
  });
}
