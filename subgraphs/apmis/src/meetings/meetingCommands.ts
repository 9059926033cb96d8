import { type CohortStatus } from '../repository/apmisVocabulary';
import { MAX_PRIORITY_ITEMS } from '../repository/meetingVocabulary';
import { type MeetingRow } from '../repository/MeetingRows';
import { type CohortProblems } from '../workflow/CohortProblems';
import { type CohortRequest } from '../workflow/runCohortChange';
import {
  parseAgendaItem,
  parseAttendance,
  parseClose,
  parseSchedule,
} from './parseMeetingInputs';
import {
  type MeetingStores,
  runMeetingChange,
  runMeetingWork,
} from './runMeetingChange';

type Input = Readonly<Record<string, unknown>>;

/** The meeting's own record (date, chair, members, attendance); its agenda is cohort data. */
const MEETING_RECORD = 'Meeting.members';
const AGENDA = 'Meeting.agenda';

/**
 * A Regional Lead schedules a PSF or TPM in one of their regions and chairs it
 * (seed 000 E508: regional leads as meeting chairs); one of each per region and
 * cycle (around eight weeks apart, E514). The chair joins the standing members
 * as their token names them.
 */
export async function scheduleMeeting(
  stores: MeetingStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runMeetingChange(stores, request, {
    operation: 'SCHEDULE',
    writes: MEETING_RECORD,
    input,
    parsed: parseSchedule(input, request.now),
    async apply(value, problems) {
      const { caller } = request;
      if (!caller.roles.includes('REGIONAL_LEAD'))
        problems.addCaller(
          'Only a Regional Lead (role REGIONAL_LEAD) schedules and chairs a PSF or TPM.',
        );
      else if (!caller.regions.includes(value.region))
        problems.addCaller(
          `You may schedule meetings only in your own regions (${caller.regions.join(', ') || 'none'}).`,
        );
      if (value.members.some((member) => member.sub === caller.sub))
        problems.addInput(
          'members lists you; as the chair you are a member already.',
        );
      problems.throwIfCallerOrInput();
      const existing = await stores.meetings.findMeetingId(
        value.region,
        value.cycle,
        value.kind,
      );
      if (existing !== null)
        problems.addState(
          `A ${value.kind} for ${value.region} cycle ${value.cycle} is already scheduled (${existing}).`,
        );
      problems.throwIfAny();
      return await stores.meetings.insertMeeting(
        {
          kind: value.kind,
          region: value.region,
          cycle: value.cycle,
          heldOn: value.heldOn,
          chairSub: caller.sub,
          scheduledAt: request.now,
        },
        [
          { ...caller, isChair: true },
          ...value.members.map((member) => ({ ...member, isChair: false })),
        ],
      );
    },
  });
}

/** The chair records who attended, sent apologies, was absent or sat in silent (E496). */
export async function recordAttendance(
  stores: MeetingStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runMeetingWork(stores, request, {
    operation: 'ATTENDANCE',
    actor: 'CHAIR',
    writes: MEETING_RECORD,
    input,
    parsed: parseAttendance(input),
    async apply(value, problems, meeting) {
      const members = new Set(meeting.members.map((member) => member.sub));
      for (const entry of value.attendance)
        if (!members.has(entry.sub))
          problems.addInput(
            `${entry.sub} is not a member of ${meeting.id}; attendance is recorded for its members only.`,
          );
      problems.throwIfAny();
      for (const entry of value.attendance)
        await stores.meetings.setAttendance(
          meeting.id,
          entry.sub,
          entry.attendance,
        );
      return meeting.id;
    },
  });
}

/**
 * A member puts an item on the agenda: a nomination awaiting this PSF, a
 * review of a nominal on this region's cohort, one of the TPM's two priority
 * nominals (E508), or a covert item only the agencies it names may know of
 * (E526), the raiser's own among them.
 */
export async function addAgendaItem(
  stores: MeetingStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runMeetingWork(stores, request, {
    operation: 'AGENDA_ITEM',
    actor: 'MEMBER',
    writes: AGENDA,
    input,
    parsed: parseAgendaItem(input),
    async apply(value, problems, meeting) {
      const { agency } = request.caller;
      if (
        value.knownToAgencies !== null &&
        !value.knownToAgencies.includes(agency)
      )
        problems.addInput(
          `knownToAgencies must include your own agency (${agency}): nobody raises an item they may not know of.`,
        );
      if (value.nominalId !== null)
        await checkAgendaNominal(stores, meeting, value, problems);
      problems.throwIfAny();
      await stores.meetings.insertAgendaItem(meeting.id, {
        ...value,
        raisedBySub: request.caller.sub,
        raisedByAgency: agency,
      });
      return meeting.id;
    },
  });
}

/** Where a nominal must stand for each kind of item. */
const ITEM_STATUSES: Readonly<Record<string, readonly CohortStatus[]>> = {
  NEW_NOMINATION: ['NOMINATED', 'DEFERRED', 'REDIRECTED'],
  REVIEW: ['SELECTED'],
  PRIORITY: ['SELECTED'],
};

async function checkAgendaNominal(
  stores: MeetingStores,
  meeting: MeetingRow,
  value: { kind: string; nominalId: string | null },
  problems: CohortProblems,
): Promise<void> {
  const nominalId = value.nominalId ?? '';
  if ((await stores.cohort.findMasterListRegion(nominalId)) === null) {
    problems.addInput(`${nominalId} is not on the SOC master list.`);
    return;
  }
  // A covert item may concern any nominal; what it says is for its agencies alone.
  const statuses = ITEM_STATUSES[value.kind];
  if (statuses === undefined) return;
  if (value.kind === 'NEW_NOMINATION' && meeting.kind !== 'PSF')
    problems.addInput('New nominations go to a PSF, not a TPM (E508).');
  if (value.kind === 'PRIORITY' && meeting.kind !== 'TPM')
    problems.addInput('Priority nominals are a TPM item (E508).');
  const nomination = await stores.cohort.findLatestNomination(nominalId);
  if (
    nomination === null ||
    nomination.region !== meeting.region ||
    !statuses.includes(nomination.status)
  )
    problems.addInput(
      `${nominalId} cannot be a ${value.kind} item here: that needs a nomination in ${meeting.region} that is ${statuses.join(', ')}.`,
    );
  const overt = meeting.agenda.filter((item) => item.kind !== 'COVERT');
  if (
    overt.some(
      (item) => item.kind === value.kind && item.nominalId === nominalId,
    )
  )
    problems.addInput(
      `${nominalId} is already a ${value.kind} item of ${meeting.id}.`,
    );
  if (
    value.kind === 'PRIORITY' &&
    overt.filter((item) => item.kind === 'PRIORITY').length >=
      MAX_PRIORITY_ITEMS
  )
    problems.addInput(
      `A TPM prioritises at most ${MAX_PRIORITY_ITEMS} nominals (E508); ${meeting.id} has its two.`,
    );
}

/** The chair closes the meeting; nothing more is recorded in it. */
export async function closeMeeting(
  stores: MeetingStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runMeetingWork(stores, request, {
    operation: 'CLOSE',
    actor: 'CHAIR',
    writes: MEETING_RECORD,
    input,
    parsed: parseClose(input),
    async apply(_value, _problems, meeting) {
      await stores.meetings.closeMeeting(meeting.id, request.now);
      return meeting.id;
    },
  });
}
