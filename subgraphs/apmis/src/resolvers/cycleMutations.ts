import { type ApmisContext } from '../context';
import {
  backFillMarsocFlag,
  moderateDisruption,
  recordDisruption,
} from '../disruptions/disruptionCommands';
import {
  decideCohortTransfer,
  requestCohortTransfer,
} from '../handoffs/cohortTransfers';
import {
  checkNominationQuality,
  decideEmergencyNomination,
  nominateInEmergency,
  resubmitNomination,
} from '../handoffs/nominationHandoffs';
import {
  assignTpmAction,
  deselectWithMonitoringPlan,
  reportTpmAction,
} from '../handoffs/tpmActionHandoffs';
import { type CohortRequest } from '../workflow/runCohortChange';
import { type CycleStores } from '../workflow/runCycleChange';
import { readCohortRequest } from './meetingMutations';

type Input = Readonly<Record<string, unknown>>;
type CycleCommand = (
  stores: CycleStores,
  request: CohortRequest,
  input: Input,
) => Promise<string>;

/**
 * Runs one disruption or hand-off write, then answers with what it wrote,
 * read fresh through the request's loaders (cleared after the write), so the
 * answer passes the register as any read does.
 */
function resolveCycleCommand<Result>(
  command: CycleCommand,
  read: (context: ApmisContext, id: string) => Promise<Result | null>,
) {
  return async (
    _root: unknown,
    args: { input: Input },
    context: ApmisContext,
  ): Promise<Result | null> => {
    const { loaders } = context;
    const request = readCohortRequest(context);
    const id = await loaders.writes.transaction((stores) =>
      command(stores, request, args.input),
    );
    for (const loader of Object.values(loaders.cycle))
      if ('clearAll' in loader) loader.clearAll();
    loaders.cohortMembership.clearAll();
    loaders.tpmActions.clearAll();
    loaders.cohortEvents.clearAll();
    loaders.currentCohort.clearAll();
    loaders.disruptions.clearAll();
    return read(context, id);
  };
}

const readRecord = (context: ApmisContext, id: string) =>
  context.loaders.cycle.disruptionRecord.load(id);
const readMembership = (context: ApmisContext, nominationId: string) =>
  context.loaders.writes.reads.cohort.findNomination(nominationId);
const readTransfer = (context: ApmisContext, id: string) =>
  context.loaders.cycle.transfer.load(id);
const readDisruption = (context: ApmisContext, id: string) =>
  context.loaders.writes.reads.cycle.findApmisDisruption(id);

export const cycleMutations = {
  recordDisruption: resolveCycleCommand(recordDisruption, readRecord),
  moderateDisruption: resolveCycleCommand(moderateDisruption, readRecord),
  backFillMarsocFlag: resolveCycleCommand(backFillMarsocFlag, readDisruption),
  nominateInEmergency: resolveCycleCommand(nominateInEmergency, readMembership),
  decideEmergencyNomination: resolveCycleCommand(
    decideEmergencyNomination,
    readMembership,
  ),
  checkNominationQuality: resolveCycleCommand(
    checkNominationQuality,
    readMembership,
  ),
  resubmitNomination: resolveCycleCommand(resubmitNomination, readMembership),
  requestCohortTransfer: resolveCycleCommand(
    requestCohortTransfer,
    readTransfer,
  ),
  decideCohortTransfer: resolveCycleCommand(decideCohortTransfer, readTransfer),
  assignTpmAction: resolveCycleCommand(assignTpmAction, readMembership),
  updateTpmAction: resolveCycleCommand(reportTpmAction, readMembership),
  deselectFromCohort: resolveCycleCommand(
    deselectWithMonitoringPlan,
    readMembership,
  ),
};
