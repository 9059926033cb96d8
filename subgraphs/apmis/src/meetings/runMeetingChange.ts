import { type ApmisWriteStores } from '../repository/ApmisWrites';
import { type MeetingOperation } from '../repository/meetingVocabulary';
import { type MeetingRow } from '../repository/MeetingRows';
import { type MeetingStore } from '../repository/MeetingStore';
import { type CohortProblems } from '../workflow/CohortProblems';
import { type Parsed } from '../workflow/parseNominationInputs';
import { type CohortRequest } from '../workflow/runCohortChange';
import { runIdempotentChange } from '../workflow/runIdempotentChange';

export const MEETING_REFUSED = 'Meeting change refused; nothing was written.';

/** The stores a meeting change writes, made on its one transaction. */
export type MeetingStores = Pick<ApmisWriteStores, 'cohort' | 'meetings'>;

/** One kind of meeting change: what it writes, its read input, and how it checks and writes. */
export interface MeetingChange<Value extends { clientRequestId: string }> {
  operation: MeetingOperation;
  /** The marked field it writes: nobody changes what the register does not release to them in full. */
  writes: string;
  input: Readonly<Record<string, unknown>>;
  parsed: Parsed<Value>;
  /** Checks against the stored state and writes; returns the meeting written to. */
  apply(value: Value, problems: CohortProblems): Promise<string>;
}

/** A change to a stored meeting, by its chair or by any member. */
export interface MeetingWork<
  Value extends { clientRequestId: string; meetingId: string },
> extends Omit<MeetingChange<Value>, 'apply'> {
  actor: MeetingActor;
  apply(
    value: Value,
    problems: CohortProblems,
    meeting: MeetingRow,
  ): Promise<string>;
}

/** Runs a change to a stored meeting, once `openMeeting` lets the caller act on it. */
export function runMeetingWork<
  Value extends { clientRequestId: string; meetingId: string },
>(
  stores: MeetingStores,
  request: CohortRequest,
  work: MeetingWork<Value>,
): Promise<string> {
  return runMeetingChange(stores, request, {
    ...work,
    apply: async (value, problems) =>
      work.apply(
        value,
        problems,
        await openMeeting(
          stores.meetings,
          request,
          value.meetingId,
          work.actor,
          problems,
        ),
      ),
  });
}

/**
 * Makes one meeting change, or refuses it having written nothing: one
 * transaction, idempotent under the caller's client request id, logged in the
 * meetings' write log (runIdempotentChange).
 */
export function runMeetingChange<Value extends { clientRequestId: string }>(
  stores: MeetingStores,
  request: CohortRequest,
  change: MeetingChange<Value>,
): Promise<string> {
  const { meetings } = stores;
  return runIdempotentChange(
    {
      async findWrite(actorSub, clientRequestId) {
        const write = await meetings.findWrite(actorSub, clientRequestId);
        return write && { ...write, resultId: write.meetingId };
      },
      recordWrite: (actorSub, clientRequestId, write, writtenAt) =>
        meetings.recordWrite(
          actorSub,
          clientRequestId,
          { ...write, meetingId: write.resultId },
          writtenAt,
        ),
    },
    request,
    {
      writes: change.writes,
      subject: 'A meeting change',
      audited: 'a meeting',
      refused: MEETING_REFUSED,
    },
    change,
  );
}

/** Who may act on a stored meeting: its chair, or any member. */
export type MeetingActor = 'CHAIR' | 'MEMBER';

/**
 * The stored meeting a change acts on, once the caller may act on it and it is
 * still open; otherwise every problem is thrown (the caller's first).
 */
export async function openMeeting(
  meetings: MeetingStore,
  request: CohortRequest,
  meetingId: string,
  actor: MeetingActor,
  problems: CohortProblems,
): Promise<MeetingRow> {
  const { caller } = request;
  const meeting = await meetings.findMeeting(meetingId);
  // Another region's meeting answers as one that does not exist: a refusal
  // naming it would tell a caller who may not read it that it exists, and where.
  if (meeting === null || !caller.regions.includes(meeting.region)) {
    problems.addInput(`There is no meeting ${meetingId}.`);
    problems.throwIfAny();
    throw new Error('a missing meeting reported no problem');
  }
  if (actor === 'CHAIR' && meeting.chairSub !== caller.sub)
    problems.addCaller(
      `Only the chair of ${meetingId} may do this; decisions are recorded in the meeting by its chair (seed 000 E508).`,
    );
  else if (
    actor === 'MEMBER' &&
    !meeting.members.some((member) => member.sub === caller.sub)
  )
    problems.addCaller(
      `Only the chair or a member of ${meetingId} may do this.`,
    );
  problems.throwIfCallerOrInput();
  if (meeting.status !== 'SCHEDULED') {
    problems.addState(
      `${meetingId} is closed; nothing more is recorded in it.`,
    );
    problems.throwIfAny();
  }
  return meeting;
}
