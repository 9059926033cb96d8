import { alertMutations } from '../alerts/alertResolvers';
import { type ApmisContext } from '../context';
import { type CohortMembershipRow } from '../repository/CohortRows';
import { type ApmisWriteStores } from '../repository/ApmisWrites';
import { addTpmAction, setFourPPlan } from '../workflow/cohortPlanCommands';
import { nominate, recordNotPutForward } from '../workflow/nominationCommands';
import { recordExit } from '../workflow/reassessmentCommands';
import { type CohortRequest } from '../workflow/runCohortChange';
import { recordMeetingDecision } from '../meetings/recordMeetingDecision';
import { cycleMutations } from './cycleMutations';
import { meetingMutations, readCohortRequest } from './meetingMutations';

type Command = (
  stores: ApmisWriteStores,
  request: CohortRequest,
  input: Readonly<Record<string, unknown>>,
) => Promise<CohortMembershipRow>;

/** A command of the cohort store alone. */
const onCohort =
  (
    command: (
      store: ApmisWriteStores['cohort'],
      request: CohortRequest,
      input: Readonly<Record<string, unknown>>,
    ) => Promise<CohortMembershipRow>,
  ): Command =>
  (stores, request, input) =>
    command(stores.cohort, request, input);

/**
 * Runs one cohort command for the verified caller at the request's clock
 * reading. The returned membership carries its nominal's id, so the owner's
 * audit of this ALTERATION names the nominal. The request's cohort loaders are
 * cleared after a write, so what the mutation returns is read fresh.
 */
function resolveCommand(command: Command) {
  return async (
    _root: unknown,
    args: { input: Readonly<Record<string, unknown>> },
    context: ApmisContext,
  ): Promise<CohortMembershipRow> => {
    const { loaders } = context;
    const request = readCohortRequest(context);
    const written = await loaders.writes.transaction((stores) =>
      command(stores, request, args.input),
    );
    loaders.meeting.clearAll();
    loaders.cohortMembership.clearAll();
    loaders.fourPPlan.clearAll();
    loaders.tpmActions.clearAll();
    loaders.cohortEvents.clearAll();
    loaders.currentCohort.clearAll();
    return written;
  };
}

/**
 * A PSF decision, recorded in the meeting it names by its chair with a quorum
 * present, driving the cohort in the same transaction. There is no other way
 * to record one: forum decisions are the forum's, not one person's (E794).
 */
const decideAtForum: Command = (stores, request, input) =>
  recordMeetingDecision(stores, request, input);

export const Mutation = {
  nominateForCohort: resolveCommand(onCohort(nominate)),
  recordNotPutForward: resolveCommand(onCohort(recordNotPutForward)),
  recordForumDecision: resolveCommand(decideAtForum),
  setFourPPlan: resolveCommand(onCohort(setFourPPlan)),
  addTpmAction: resolveCommand(onCohort(addTpmAction)),
  recordCohortExit: resolveCommand(onCohort(recordExit)),
  ...meetingMutations,
  // Disruptions and the cycle's hand-offs, with TPM updates and deselection (docs/marsoc-cycle.md).
  ...cycleMutations,
  // Alerts: HMPPS's custody notices and the reader's own inbox (docs/marsoc-cycle.md#alerts).
  ...alertMutations,
};
