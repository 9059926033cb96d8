import { type Caller, type RequestPurpose } from '@marsoc/schema';
import {
  type GatewayResult,
  type InProcessSupergraph,
} from '../helpers/inProcessSupergraph';
import { callerOf, purposeOf } from '../helpers/personas';

/** The operations and members the meeting tests share (seed 000 E494-E530). */
export const COHORT_MANAGEMENT: RequestPurpose = purposeOf(
  'COHORT_MANAGEMENT',
  'Running the North West PSF of cycle 9',
);

export const MEETING_FIELDS = `id kind region cycle date status closedAt
  chair { sub agency }
  members { sub name agency vetting isChair attendance }
  agenda { id kind title raisedByAgency knownToAgencies nominal { id } }
  decisions { nominal { id } nominationId decision recordedBy presentMembers }`;

const mutation = (field: string, inputType: string, selection: string) =>
  `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`;

export const SCHEDULE = mutation(
  'scheduleMeeting',
  'MeetingScheduleInput',
  MEETING_FIELDS,
);
export const ATTENDANCE = mutation(
  'recordAttendance',
  'MeetingAttendanceInput',
  MEETING_FIELDS,
);
export const ADD_ITEM = mutation(
  'addAgendaItem',
  'MeetingAgendaItemInput',
  MEETING_FIELDS,
);
export const CLOSE = mutation(
  'closeMeeting',
  'MeetingCloseInput',
  MEETING_FIELDS,
);
export const DECIDE = mutation(
  'recordForumDecision',
  'CohortForumDecisionInput',
  'status forumDecision { decision seniorResponsibleOfficer leadAgency cycle }',
);
export const NOMINATE = mutation(
  'nominateForCohort',
  'CohortNominationInput',
  'status region',
);
export const MEETING = `query ($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;
export const MEETINGS = `query ($region: String!, $cycle: Int!) {
  meetings(region: $region, cycle: $cycle) { ${MEETING_FIELDS} }
}`;

/** An SRO the hub's roster holds at SC, as a police member of the forum (seed 000 E793). */
export const SC_SRO = {
  sub: 'generated-police-sro',
  name: 'DCI Imaginary',
  agency: 'POLICE',
  unit: 'North West ROCU',
  vetting: 'SC',
};

/** A roster entry for a persona, with the vetting its token carries. */
export function memberOf(persona: string) {
  const caller = callerOf(persona);
  return {
    sub: caller.sub,
    name: caller.name,
    agency: caller.agency,
    unit: caller.unit,
    vetting: caller.vetting,
  };
}

export function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function codeOf(result: GatewayResult): unknown {
  return result.errors?.[0]?.extensions?.code;
}

/** The one root field's value, failing on any error. */
export function expectOk(result: GatewayResult): Record<string, unknown> {
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as Record<string, unknown>;
}

/** Runs `query` through the gateway as `who` (a persona or a caller), for cohort management. */
export function asCaller(system: InProcessSupergraph) {
  return (
    who: string | Caller,
    query: string,
    variables: Record<string, unknown>,
  ) =>
    system.query(
      typeof who === 'string' ? callerOf(who) : who,
      COHORT_MANAGEMENT,
      query,
      variables,
    );
}

/** Schedules a North West PSF of `cycle` chaired by the regional lead, with the usual members. */
export async function scheduleForum(
  ask: ReturnType<typeof asCaller>,
  cycle: number,
  clientRequestId: string,
): Promise<Record<string, unknown>> {
  return expectOk(
    await ask('regional-lead', SCHEDULE, {
      input: {
        kind: 'PSF',
        region: 'NORTH_WEST',
        cycle,
        date: daysAhead(7),
        clientRequestId,
        members: [
          memberOf('police-analyst'),
          memberOf('prison-intel'),
          memberOf('nca-officer'),
          memberOf('dwp-officer'),
          SC_SRO,
        ],
      },
    }),
  );
}

/**
 * The North West PSF of `cycle` ready to decide: scheduled (or replayed) with
 * the usual members, the chair, police and HMPPS recorded present (the
 * register's forumQuorum), and each of `nominalIds` a new nomination on its
 * agenda. Its id.
 */
export async function openQuorateForum(
  ask: ReturnType<typeof asCaller>,
  cycle: number,
  nominalIds: readonly string[],
): Promise<string> {
  const forum = await scheduleForum(ask, cycle, `schedule-nw-psf-${cycle}`);
  const meetingId = String(forum.id);
  expectOk(
    await ask('regional-lead', ATTENDANCE, {
      input: {
        meetingId,
        clientRequestId: `attendance-quorate-${meetingId}`,
        attendance: ['regional-lead', 'police-analyst', 'prison-intel']
          .map((persona) => callerOf(persona).sub)
          .concat(SC_SRO.sub)
          .map((sub) => ({ sub, attendance: 'PRESENT' })),
      },
    }),
  );
  for (const nominalId of nominalIds)
    expectOk(
      await ask('regional-lead', ADD_ITEM, {
        input: {
          meetingId,
          clientRequestId: `agenda-${meetingId}-${nominalId}`,
          kind: 'NEW_NOMINATION',
          nominalId,
          title: `New nomination ${nominalId}`,
        },
      }),
    );
  return meetingId;
}
