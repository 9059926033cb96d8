import { writeMutation } from './writeMutation';

/**
 * The meetings' GraphQL (subgraphs/apmis/schema.graphql: meetings, meeting
 * and their mutations, seed 000 E494-E530). Every selection names
 * `__typename`, which the page's classification banners read.
 */
const MEETING_FIELDS = `__typename id kind region cycle date status closedAt
  chair { __typename sub name agency }
  members { __typename sub name agency unit vetting isChair attendance }
  agenda { __typename id kind title raisedByAgency knownToAgencies nominal { __typename id } }
  decisions { __typename id nominationId decision recordedBy recordedAt presentMembers nominal { __typename id } }`;

export const MEETINGS_QUERY = `query ($region: String!, $cycle: Int!) {
  meetings(region: $region, cycle: $cycle) { ${MEETING_FIELDS} }
}`;
export const MEETING_QUERY = `query ($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;

export const SCHEDULE_MEETING = writeMutation(
  'scheduleMeeting',
  'MeetingScheduleInput',
  MEETING_FIELDS,
);
export const RECORD_ATTENDANCE = writeMutation(
  'recordAttendance',
  'MeetingAttendanceInput',
  MEETING_FIELDS,
);
export const ADD_AGENDA_ITEM = writeMutation(
  'addAgendaItem',
  'MeetingAgendaItemInput',
  MEETING_FIELDS,
);
export const CLOSE_MEETING = writeMutation(
  'closeMeeting',
  'MeetingCloseInput',
  MEETING_FIELDS,
);
export const RECORD_FORUM_DECISION = writeMutation(
  'recordForumDecision',
  'CohortForumDecisionInput',
  `__typename status forumDecision { __typename decision cycle seniorResponsibleOfficer leadAgency }`,
);

export interface MeetingMemberView {
  sub: string | null;
  name: string | null;
  agency: string | null;
  unit: string | null;
  vetting: string | null;
  isChair: boolean | null;
  attendance: string | null;
}

export interface AgendaItemView {
  id: string | null;
  kind: string | null;
  title: string | null;
  raisedByAgency: string | null;
  knownToAgencies: string[] | null;
  nominal: { id: string } | null;
}

export interface MeetingDecisionView {
  id: string | null;
  nominationId: string | null;
  decision: string | null;
  recordedBy: string | null;
  recordedAt: string | null;
  presentMembers: string[] | null;
  nominal: { id: string } | null;
}

/** A meeting as the gateway answers it; any part may be null where withheld. */
export interface MeetingView {
  id: string | null;
  kind: string | null;
  region: string | null;
  cycle: number | null;
  date: string | null;
  status: string | null;
  closedAt: string | null;
  chair: { sub: string | null; name: string | null } | null;
  members: MeetingMemberView[] | null;
  agenda: AgendaItemView[] | null;
  decisions: MeetingDecisionView[] | null;
}

export const ATTENDANCE_CHOICES = [
  'PRESENT',
  'APOLOGIES',
  'ABSENT',
  'SILENT_ATTENDEE',
] as const;
