import { type Expression, type SqlBool, sql } from 'kysely';
import { type Region } from '@marsoc/schema';
import { type MeetingAttendance, type MeetingKind } from './meetingVocabulary';
import {
  type MeetingWrite,
  type NewAgendaItem,
  type NewMeeting,
  type NewMeetingDecision,
  type NewMeetingMember,
} from './MeetingStore';
import {
  AGENDA_COLUMNS,
  DECISION_COLUMNS,
  MEETING_COLUMNS,
  MEMBER_COLUMNS,
  type StoredAgendaItem,
  type StoredDecision,
  type StoredMeeting,
  type StoredMember,
} from './readStoredMeeting';

/** `meeting_id` (or `id`) is one of a batch of meetings: one bind on either dialect. */
type InMeetings = (column: string) => Expression<SqlBool>;

/**
 * The meeting store's statements, written once for both dialects: a batch of
 * meetings and their parts (each part one query, whatever the batch), the
 * lookups a change decides on, and its writes.
 */
export const meetingStatements = {
  meetings: (inMeetings: InMeetings) =>
    sql<StoredMeeting>`SELECT ${sql.raw(MEETING_COLUMNS)} FROM meeting
       WHERE ${inMeetings('id')} ORDER BY id`,
  members: (inMeetings: InMeetings) =>
    sql<StoredMember>`SELECT ${sql.raw(MEMBER_COLUMNS)} FROM meeting_member
       WHERE ${inMeetings('meeting_id')} ORDER BY meeting_id, is_chair DESC, agency, name, sub`,
  agenda: (inMeetings: InMeetings) =>
    sql<StoredAgendaItem>`SELECT ${sql.raw(AGENDA_COLUMNS)} FROM meeting_agenda_item
       WHERE ${inMeetings('meeting_id')} ORDER BY meeting_id, id`,
  decisions: (inMeetings: InMeetings) =>
    sql<StoredDecision>`SELECT ${sql.raw(DECISION_COLUMNS)} FROM meeting_decision d
       WHERE ${inMeetings('d.meeting_id')} ORDER BY meeting_id, id`,
  meetingIds: (region: Region, cycle: number) =>
    sql<{
      id: number;
    }>`SELECT id FROM meeting WHERE region = ${region} AND cycle = ${cycle}
       ORDER BY kind, id`,
  meetingId: (region: Region, cycle: number, kind: MeetingKind) =>
    sql<{ id: number }>`SELECT id FROM meeting
       WHERE region = ${region} AND cycle = ${cycle} AND kind = ${kind}`,
  findWrite: (actorSub: string, clientRequestId: string) =>
    sql<
      Omit<MeetingWrite, 'meetingId'> & { meetingId: number }
    >`SELECT operation,
         input_hash AS "inputHash", meeting_id AS "meetingId"
       FROM meeting_write WHERE actor_sub = ${actorSub} AND client_request_id = ${clientRequestId}`,
  insertMeeting: (meeting: NewMeeting) =>
    sql<{
      id: number;
    }>`INSERT INTO meeting (kind, region, cycle, held_on, status, chair_sub,
         scheduled_at)
       VALUES (${meeting.kind}, ${meeting.region}, ${meeting.cycle}, ${meeting.heldOn},
         'SCHEDULED', ${meeting.chairSub}, ${meeting.scheduledAt})
       RETURNING id`,
  insertMember: (meetingId: number, member: NewMeetingMember) =>
    sql`INSERT INTO meeting_member (meeting_id, sub, name, agency, unit, vetting, is_chair)
       VALUES (${meetingId}, ${member.sub}, ${member.name}, ${member.agency}, ${member.unit},
         ${member.vetting}, ${member.isChair ? 1 : 0})`,
  setAttendance: (
    meetingId: number,
    sub: string,
    attendance: MeetingAttendance,
  ) =>
    sql`UPDATE meeting_member SET attendance = ${attendance}
       WHERE meeting_id = ${meetingId} AND sub = ${sub}`,
  insertAgendaItem: (meetingId: number, item: NewAgendaItem) =>
    sql<{
      id: number;
    }>`INSERT INTO meeting_agenda_item (meeting_id, kind, nominal_id, title,
         raised_by_sub, raised_by_agency, known_to_agencies)
       VALUES (${meetingId}, ${item.kind}, ${item.nominalId}, ${item.title}, ${item.raisedBySub},
         ${item.raisedByAgency},
         ${item.knownToAgencies === null ? null : JSON.stringify(item.knownToAgencies)})
       RETURNING id`,
  insertDecision: (
    meetingId: number,
    nominationId: number | null,
    decision: NewMeetingDecision,
  ) =>
    sql<{
      id: number;
    }>`INSERT INTO meeting_decision (meeting_id, nomination_id, nominal_id,
         decision, recorded_by, recorded_at, present_members)
       VALUES (${meetingId}, ${nominationId}, ${decision.nominalId}, ${decision.decision},
         ${decision.recordedBy}, ${decision.recordedAt},
         ${JSON.stringify(decision.presentMembers)})
       RETURNING id`,
  closeMeeting: (meetingId: number, closedAt: string) =>
    sql`UPDATE meeting SET status = 'CLOSED', closed_at = ${closedAt}
       WHERE id = ${meetingId} AND status = 'SCHEDULED'`,
  recordWrite: (
    actorSub: string,
    clientRequestId: string,
    write: Omit<MeetingWrite, 'meetingId'>,
    meetingId: number,
    writtenAt: string,
  ) =>
    sql`INSERT INTO meeting_write (actor_sub, client_request_id, operation, input_hash,
         meeting_id, written_at)
       VALUES (${actorSub}, ${clientRequestId}, ${write.operation}, ${write.inputHash},
         ${meetingId}, ${writtenAt})`,
};
