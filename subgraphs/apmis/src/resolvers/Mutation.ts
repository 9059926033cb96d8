import { type ApmisContext } from '../context';
import { type CohortMembershipRow } from '../repository/CohortRows';
import { type CohortStore } from '../repository/CohortStore';
import {
  addTpmAction,
  setFourPPlan,
  updateTpmAction,
} from '../workflow/cohortPlanCommands';
import {
  nominate,
  recordForumDecision,
  recordNotPutForward,
} from '../workflow/nominationCommands';
import {
  deselect,
  recordExit,
  transfer,
} from '../workflow/reassessmentCommands';
import { type CohortRequest } from '../workflow/runCohortChange';

type Command = (
  store: CohortStore,
  request: CohortRequest,
  input: Readonly<Record<string, unknown>>,
) => CohortMembershipRow;

/**
 * Runs one cohort command for the verified caller at the request's clock
 * reading. The returned membership carries its nominal's id, so the owner's
 * audit of this ALTERATION names the nominal. The request's cohort loaders are
 * cleared after a write, so what the mutation returns is read fresh.
 */
function resolveCommand(command: Command) {
  return (
    _root: unknown,
    args: { input: Readonly<Record<string, unknown>> },
    context: ApmisContext,
  ): CohortMembershipRow => {
    const { loaders, enforcement } = context;
    const written = command(
      loaders.cohortStore,
      {
        caller: context.caller,
        purpose: context.purpose,
        now: enforcement.now,
        accessTo: (coordinate) => enforcement.decisionFor(coordinate).level,
      },
      args.input,
    );
    loaders.cohortMembership.clearAll();
    loaders.fourPPlan.clearAll();
    loaders.tpmActions.clearAll();
    loaders.cohortEvents.clearAll();
    loaders.currentCohort.clearAll();
    return written;
  };
}

export const Mutation = {
  nominateForCohort: resolveCommand(nominate),
  recordNotPutForward: resolveCommand(recordNotPutForward),
  recordForumDecision: resolveCommand(recordForumDecision),
  setFourPPlan: resolveCommand(setFourPPlan),
  addTpmAction: resolveCommand(addTpmAction),
  updateTpmAction: resolveCommand(updateTpmAction),
  deselectFromCohort: resolveCommand(deselect),
  transferCohortRegion: resolveCommand(transfer),
  recordCohortExit: resolveCommand(recordExit),
};
