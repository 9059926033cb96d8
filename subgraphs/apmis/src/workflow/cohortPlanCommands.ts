import {
  type CohortMembershipRow,
  type CohortTpmActionRow,
} from '../repository/CohortRows';
import { type CohortStore } from '../repository/CohortStore';
import { TPM_ACTION_TRANSITIONS } from './cohortStateMachine';
import {
  parseFourPPlan,
  parseTpmAction,
  parseTpmActionUpdate,
} from './parseCohortWorkInputs';
import {
  locateNominal,
  regionOfNomination,
  requireNomination,
} from './cohortTargets';
import { type CohortRequest, runCohortChange } from './runCohortChange';

type Input = Readonly<Record<string, unknown>>;

/** Work on a selected nominal: the Strategic 4P plan and the TPM Action Log (Table B1 4.2-4.5). */

/** The SRO's Strategic 4P plan for a selected nominal, replaced whole (E806). */
export async function setFourPPlan(
  store: CohortStore,
  request: CohortRequest,
  input: Input,
): Promise<CohortMembershipRow> {
  return runCohortChange(store, request, {
    transition: 'SET_PLAN',
    parsed: parseFourPPlan(input),
    locate: async (found, value) => await locateNominal(found, value.nominalId),
    regionOf: regionOfNomination,
    write: async (found, target, value) => {
      const { nominationId } = requireNomination(target);
      const { nominalId: _, ...objectives } = value;
      await found.saveFourPPlan({
        nominalId: target.nominalId,
        nominationId,
        ...objectives,
        updatedAt: request.now,
        updatedBy: request.caller.sub,
      });
      const counts = Object.values(objectives).map((list) => list.length);
      return {
        nominationId,
        cycle: null,
        detail: `objectives ${counts.join('/')}`,
      };
    },
  });
}

/** A new action on the TPM Action Log of a selected nominal (E807, E813). */
export async function addTpmAction(
  store: CohortStore,
  request: CohortRequest,
  input: Input,
): Promise<CohortMembershipRow> {
  return runCohortChange(store, request, {
    transition: 'ADD_TPM_ACTION',
    parsed: parseTpmAction(input, request.now),
    locate: async (found, value) => await locateNominal(found, value.nominalId),
    regionOf: regionOfNomination,
    write: async (found, target, value) => {
      const { nominationId } = requireNomination(target);
      const actionId = await found.insertTpmAction({
        nominalId: target.nominalId,
        nominationId,
        action: value.action,
        owningAgency: value.owningAgency,
        dueDate: value.dueDate,
        status: 'OPEN',
        raisedAt: request.now,
        raisedBy: request.caller.sub,
        updatedAt: request.now,
      });
      return {
        nominationId,
        cycle: null,
        detail: `${actionId} OPEN`,
      };
    },
  });
}

/** Moves an action on the log along (E813-E814), while its nominal is on the cohort. */
export async function updateTpmAction(
  store: CohortStore,
  request: CohortRequest,
  input: Input,
): Promise<CohortMembershipRow> {
  let action: CohortTpmActionRow | null = null;
  return runCohortChange(store, request, {
    transition: 'UPDATE_TPM_ACTION',
    parsed: parseTpmActionUpdate(input),
    locate: async (found, value) => {
      action = await found.findTpmAction(value.actionId);
      if (action === null)
        return `No action ${value.actionId} is on the TPM Action Log.`;
      return {
        nominalId: action.nominalId,
        nomination: await found.findNomination(action.nominationId),
      };
    },
    regionOf: regionOfNomination,
    check: async (_, value, problems) => {
      const owner = action?.owningAgency;
      if (owner !== request.caller.agency)
        problems.addCaller(
          `Only staff of the agency that owns action ${value.actionId} (${owner ?? 'unknown'}) may update it.`,
        );
      const from = action?.status ?? 'COMPLETED';
      if (!TPM_ACTION_TRANSITIONS[from].includes(value.status))
        problems.addState(
          `Action ${value.actionId} is ${from}; it may go to ${TPM_ACTION_TRANSITIONS[from].join(', ') || 'nothing else'}, not ${value.status}.`,
        );
    },
    write: async (found, target, value) => {
      const { nominationId } = requireNomination(target);
      await found.updateTpmActionStatus(
        value.actionId,
        value.status,
        request.now,
      );
      return {
        nominationId,
        cycle: null,
        detail: `${value.actionId} ${action?.status ?? ''} -> ${value.status}`,
      };
    },
  });
}
