import { type Agency } from '@marsoc/schema';
import {
  type MeetingAgendaItemRow,
  type MeetingDecisionRow,
  type MeetingMemberRow,
  type MeetingRow,
} from './MeetingRows';
import { formatReference } from './references';

export const MEETING_COLUMNS = `id, kind, region, cycle, held_on AS "heldOn", status,
  chair_sub AS "chairSub", scheduled_at AS "scheduledAt", closed_at AS "closedAt"`;
export const MEMBER_COLUMNS = `meeting_id AS "meetingId", sub, name, agency, unit, vetting,
  is_chair AS "isChair", attendance`;
export const AGENDA_COLUMNS = `id, meeting_id AS "meetingId", kind, nominal_id AS "nominalId", title,
  raised_by_agency AS "raisedByAgency", known_to_agencies AS "knownToAgencies"`;
export const DECISION_COLUMNS = `d.id, d.meeting_id AS "meetingId", d.nominal_id AS "nominalId",
  d.nomination_id AS "nominationId", d.decision, d.recorded_by AS "recordedBy",
  d.recorded_at AS "recordedAt", d.present_members AS "presentMembers"`;

type Parts = 'members' | 'agenda' | 'decisions';

export type StoredMeeting = Omit<MeetingRow, 'id' | Parts> & { id: number };

export type StoredMember = Omit<MeetingMemberRow, 'meetingId' | 'isChair'> & {
  meetingId: number;
  isChair: number;
};

export type StoredAgendaItem = Omit<
  MeetingAgendaItemRow,
  'id' | 'meetingId' | 'knownToAgencies'
> & { id: number; meetingId: number; knownToAgencies: string | null };

export type StoredDecision = Omit<
  MeetingDecisionRow,
  'id' | 'meetingId' | 'nominationId' | 'presentMembers'
> & {
  id: number;
  meetingId: number;
  nominationId: number;
  presentMembers: string;
};

/** Meetings with their parts, in the meetings' order; each part read once. */
export function assembleMeetings(
  meetings: readonly StoredMeeting[],
  members: readonly StoredMember[],
  agenda: readonly StoredAgendaItem[],
  decisions: readonly StoredDecision[],
): MeetingRow[] {
  return meetings.map((stored) => {
    const meetingId = formatReference('meeting', stored.id);
    return {
      ...stored,
      id: meetingId,
      members: members
        .filter((member) => member.meetingId === stored.id)
        .map((member): MeetingMemberRow => ({
          ...member,
          meetingId,
          isChair: member.isChair === 1,
        })),
      agenda: agenda
        .filter((item) => item.meetingId === stored.id)
        .map((item): MeetingAgendaItemRow => ({
          ...item,
          id: formatReference('agendaItem', item.id),
          meetingId,
          knownToAgencies:
            item.knownToAgencies === null
              ? null
              : (JSON.parse(item.knownToAgencies) as Agency[]),
        })),
      decisions: decisions
        .filter((decision) => decision.meetingId === stored.id)
        .map((decision): MeetingDecisionRow => ({
          ...decision,
          id: formatReference('meetingDecision', decision.id),
          meetingId,
          nominationId: formatReference('nomination', decision.nominationId),
          presentMembers: JSON.parse(decision.presentMembers) as string[],
        })),
    };
  });
}
