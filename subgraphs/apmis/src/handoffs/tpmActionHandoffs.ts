import { Agency } from '@marsoc/schema';
import { openMeeting } from '../meetings/runMeetingChange';
import { readClientRequestId } from '../meetings/parseMeetingInputs';
import { addTpmAction, updateTpmAction } from '../workflow/cohortPlanCommands';
import { InputReader } from '../workflow/InputReader';
import { finish, MAX_REASON_LENGTH } from '../workflow/parseNominationInputs';
import { deselect } from '../workflow/reassessmentCommands';
import { type CohortRequest } from '../workflow/runCohortChange';
import { type CycleStores, runCycleChange } from '../workflow/runCycleChange';
import { parseMonitoringPlan } from './parseHandoffInputs';

type Input = Readonly<Record<string, unknown>>;

const TPM_ACTIONS = 'CohortMembership.tpmActions';
const MAX_NAME_LENGTH = 120;

/** A TPM assignment: the action as the log holds it, the TPM, and the owner by name. */
function parseAssignment(input: Input) {
  const reader = new InputReader();
  const { meetingId, ownerName, clientRequestId, ...action } = input;
  const meeting =
    typeof meetingId === 'string' && /^MTG-\d{6,12}$/.test(meetingId)
      ? meetingId
      : reader.refuse('meetingId must be a meeting id (MTG- and digits).');
  const owner = reader.text(ownerName, 'ownerName', MAX_NAME_LENGTH);
  const requestId = readClientRequestId(reader, clientRequestId);
  reader.code(Agency, action.owningAgency, 'owningAgency');
  return finish(reader, () => ({
    action,
    meetingId: meeting as string,
    ownerName: owner as string,
    clientRequestId: requestId as string,
  }));
}

/**
 * An action agreed at a TPM (Table B1 4.3-4.5, E807, E813), on the action log
 * of a nominal on the meeting's regional cohort, owned by a named person in an
 * agency that sits on the TPM. Any member of the open TPM records it.
 */
export async function assignTpmAction(
  stores: CycleStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runCycleChange(stores, request, {
    operation: 'ASSIGN_TPM_ACTION',
    writes: TPM_ACTIONS,
    input,
    parsed: parseAssignment(input),
    async apply(value, problems) {
      const meeting = await openMeeting(
        stores.meetings,
        request,
        value.meetingId,
        'MEMBER',
        problems,
      );
      const nomination = await stores.cohort.findLatestNomination(
        String(value.action.nominalId),
      );
      if (meeting.kind !== 'TPM')
        problems.addInput(
          `${meeting.id} is a PSF; actions are agreed at a TPM (E807).`,
        );
      if (nomination !== null && nomination.region !== meeting.region)
        problems.addInput(
          `The nominal is not on the ${meeting.region} cohort this TPM plans for.`,
        );
      if (
        !meeting.members.some(
          (member) => member.agency === value.action.owningAgency,
        )
      )
        problems.addInput(
          `owningAgency must be an agency that sits on ${meeting.id}.`,
        );
      problems.throwIfAny();
      const written = await addTpmAction(stores.cohort, request, value.action);
      const actionId = await stores.cycle.findLatestTpmActionId(
        written.nominationId,
      );
      if (actionId === null)
        throw new Error('an added action could not be read back');
      await stores.cycle.insertTpmAssignment({
        actionId,
        nominalId: written.nominalId,
        meetingId: meeting.id,
        ownerName: value.ownerName,
      });
      return written.nominationId;
    },
  });
}

/**
 * The owning agency moves its action on, with a note (E813: actions
 * "appropriate/actionable by task owners"; E814: tasking requests rejected).
 * Only staff of the owning agency update it (the workflow refuses anyone else).
 */
export async function reportTpmAction(
  stores: CycleStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  const reader = new InputReader();
  const { note, clientRequestId, ...update } = input;
  const text = reader.optionalText(note, 'note', MAX_REASON_LENGTH);
  const requestId = readClientRequestId(reader, clientRequestId);
  return runCycleChange(stores, request, {
    operation: 'UPDATE_TPM_ACTION',
    writes: TPM_ACTIONS,
    input,
    parsed: finish(reader, () => ({ clientRequestId: requestId as string })),
    async apply() {
      const before = await stores.cohort.findTpmAction(String(update.actionId));
      const written = await updateTpmAction(stores.cohort, request, update);
      if (before === null)
        throw new Error('an updated action was not there before');
      await stores.cycle.insertTpmUpdate({
        actionId: before.id,
        nominalId: before.nominalId,
        fromStatus: before.status,
        toStatus: update.status as typeof before.status,
        note: text,
        by: request.caller.sub,
        byAgency: request.caller.agency,
        at: request.now,
      });
      return written.nominationId;
    },
  });
}

/**
 * Removal from the cohort with a reason from the closed list (E822, E484,
 * E486) and the plan for what follows: who monitors, how, and when it is
 * reviewed (E828: alerts and monitoring put in place).
 */
export async function deselectWithMonitoringPlan(
  stores: CycleStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  const parsed = parseMonitoringPlan(input, request.now);
  return runCycleChange(stores, request, {
    operation: 'DESELECTION',
    writes: 'Nominal.cohort',
    input,
    parsed,
    async apply(value) {
      const written = await deselect(stores.cohort, request, value.deselection);
      await stores.cycle.saveMonitoringPlan({
        nominalId: written.nominalId,
        nominationId: written.nominationId,
        plan: value.plan,
        monitoringAgency: value.monitoringAgency,
        reviewOn: value.reviewOn,
        setBy: request.caller.sub,
        setAt: request.now,
      });
      return written.nominationId;
    },
  });
}
