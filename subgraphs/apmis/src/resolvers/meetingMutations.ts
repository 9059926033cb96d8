import { type ApmisContext } from '../context';
import {
  addAgendaItem,
  closeMeeting,
  recordAttendance,
  scheduleMeeting,
} from '../meetings/meetingCommands';
import { type MarkedMeeting, markMeeting } from '../meetings/markMeeting';
import { type MeetingStores } from '../meetings/runMeetingChange';
import { type CohortRequest } from '../workflow/runCohortChange';

type Input = Readonly<Record<string, unknown>>;

type MeetingCommand = (
  stores: MeetingStores,
  request: CohortRequest,
  input: Input,
) => Promise<string>;

/** The verified caller's request, as the cohort and meeting commands judge it. */
export function readCohortRequest(context: ApmisContext): CohortRequest {
  const { enforcement } = context;
  return {
    caller: context.caller,
    purpose: context.purpose,
    now: enforcement.now,
    accessTo: (coordinate) => enforcement.decisionFor(coordinate).level,
  };
}

/**
 * Runs one meeting command and answers with the meeting as it now stands,
 * read fresh and marked, so what the mutation returns passes the register as
 * any read does.
 */
function resolveMeetingCommand(command: MeetingCommand) {
  return async (
    _root: unknown,
    args: { input: Input },
    context: ApmisContext,
  ): Promise<MarkedMeeting | null> => {
    const request = readCohortRequest(context);
    const meetingId = await context.loaders.writes.transaction((stores) =>
      command(stores, request, args.input),
    );
    context.loaders.meeting.clearAll();
    const row = await context.loaders.meeting.load(meetingId);
    return row === null ? null : markMeeting(row);
  };
}

export const meetingMutations = {
  scheduleMeeting: resolveMeetingCommand(scheduleMeeting),
  recordAttendance: resolveMeetingCommand(recordAttendance),
  addAgendaItem: resolveMeetingCommand(addAgendaItem),
  closeMeeting: resolveMeetingCommand(closeMeeting),
};
