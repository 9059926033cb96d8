import { createHash } from 'node:crypto';
import { createCodedError, ErrorCode } from '@marsoc/platform';
import { type CohortStore } from '../repository/CohortStore';
import { type MeetingOperation } from '../repository/meetingVocabulary';
import { type MeetingRow } from '../repository/MeetingRows';
import { type MeetingStore } from '../repository/MeetingStore';
import { CohortProblems } from '../workflow/CohortProblems';
import { type Parsed } from '../workflow/parseNominationInputs';
import { type CohortRequest } from '../workflow/runCohortChange';

export const MEETING_REFUSED = 'Meeting change refused; nothing was written.';

/** The stores a meeting change writes: one database, one transaction. */
export interface MeetingStores {
  cohort: CohortStore;
  meetings: MeetingStore;
}

/** One kind of meeting change: what it writes, its read input, and how it checks and writes. */
export interface MeetingChange<Value extends { clientRequestId: string }> {
  operation: MeetingOperation;
  /** The marked field it writes: nobody changes what the register does not release to them in full. */
  writes: string;
  input: Readonly<Record<string, unknown>>;
  parsed: Parsed<Value>;
  /** Checks against the stored state and writes; returns the meeting written to. */
  apply(value: Value, problems: CohortProblems): string;
}

/** A change to a stored meeting, by its chair or by any member. */
export interface MeetingWork<
  Value extends { clientRequestId: string; meetingId: string },
> extends Omit<MeetingChange<Value>, 'apply'> {
  actor: MeetingActor;
  apply(value: Value, problems: CohortProblems, meeting: MeetingRow): string;
}

/** Runs a change to a stored meeting, once `openMeeting` lets the caller act on it. */
export function runMeetingWork<
  Value extends { clientRequestId: string; meetingId: string },
>(
  stores: MeetingStores,
  request: CohortRequest,
  work: MeetingWork<Value>,
): string {
  return runMeetingChange(stores, request, {
    ...work,
    apply: (value, problems) =>
      work.apply(
        value,
        problems,
        openMeeting(
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
 * Makes one meeting change, or refuses it having written nothing. The caller
 * and purpose are judged first; then, in one transaction, a retry under the
 * same client request id returns what the first attempt wrote (and the same
 * id for another request is refused), the change is checked and written, and
 * the id is logged with it. A refusal is thrown inside the transaction.
 */
export function runMeetingChange<Value extends { clientRequestId: string }>(
  stores: MeetingStores,
  request: CohortRequest,
  change: MeetingChange<Value>,
): string {
  assertMayChangeMeetings(request, change.writes);
  return stores.cohort.transaction(() => {
    const problems = new CohortProblems(
      change.parsed.problems,
      MEETING_REFUSED,
    );
    const value = change.parsed.value;
    if (value === null) {
      problems.throwIfAny();
      throw new Error('a refused meeting change reported no problem');
    }
    const inputHash = hashInput(change.input);
    const earlier = stores.meetings.findWrite(
      request.caller.sub,
      value.clientRequestId,
    );
    if (earlier !== null) {
      if (
        earlier.operation === change.operation &&
        earlier.inputHash === inputHash
      )
        return earlier.meetingId;
      problems.addInput(
        'clientRequestId was already used for a different request; use a new one for a new request.',
      );
      problems.throwIfAny();
    }
    const meetingId = change.apply(value, problems);
    stores.meetings.recordWrite(
      request.caller.sub,
      value.clientRequestId,
      { operation: change.operation, inputHash, meetingId },
      request.now,
    );
    return meetingId;
  });
}

/** Who may act on a stored meeting: its chair, or any member. */
export type MeetingActor = 'CHAIR' | 'MEMBER';

/**
 * The stored meeting a change acts on, once the caller may act on it and it is
 * still open; otherwise every problem is thrown (the caller's first).
 */
export function openMeeting(
  meetings: MeetingStore,
  request: CohortRequest,
  meetingId: string,
  actor: MeetingActor,
  problems: CohortProblems,
): MeetingRow {
  const meeting = meetings.findMeeting(meetingId);
  if (meeting === null) {
    problems.addInput(`There is no meeting ${meetingId}.`);
    problems.throwIfAny();
    throw new Error('a missing meeting reported no problem');
  }
  const { caller } = request;
  if (!caller.regions.includes(meeting.region))
    problems.addCaller(
      `You may act only on meetings in your own regions (${caller.regions.join(', ') || 'none'}); ${meetingId} is in ${meeting.region}.`,
    );
  else if (actor === 'CHAIR' && meeting.chairSub !== caller.sub)
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

/** Refuses, before anything is read, a caller who may not change meetings at all. */
function assertMayChangeMeetings(request: CohortRequest, writes: string): void {
  if (!request.purpose)
    throw createCodedError(
      ErrorCode.PURPOSE_REQUIRED,
      'A meeting change touches the cohort: state the purpose COHORT_MANAGEMENT and a justification.',
    );
  const problems = new CohortProblems([], MEETING_REFUSED);
  if (request.purpose.purpose !== 'COHORT_MANAGEMENT')
    problems.addCaller(
      `Meeting changes are made for the purpose COHORT_MANAGEMENT only; this request's purpose is ${request.purpose.purpose}.`,
    );
  else if (request.accessTo(writes) !== 'FULL')
    problems.addCaller(
      `The sharing register does not release ${writes} to you in full, so you may not change it.`,
    );
  if (request.caller.roles.includes('AUDITOR'))
    problems.addCaller(
      'An auditor (role AUDITOR) may not change a meeting, whatever other role they hold.',
    );
  problems.throwIfAny();
}

/** The input's fingerprint: the same fields and values give the same hash, in any order. */
function hashInput(input: Readonly<Record<string, unknown>>): string {
  return createHash('sha256')
    .update(JSON.stringify(sortKeys(input)))
    .digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, entry]) => entry !== undefined && entry !== null)
      .sort(([left], [right]) => (left < right ? -1 : 1))
      .map(([key, entry]) => [key, sortKeys(entry)]),
  );
}
