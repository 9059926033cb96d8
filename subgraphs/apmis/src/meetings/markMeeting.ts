import { type RecordMarking } from '@marsoc/schema';
import {
  type MeetingAgendaItemRow,
  type MeetingMemberRow,
  type MeetingRow,
} from '../repository/MeetingRows';

type Marked<Row> = Row & { marking: RecordMarking };

export type MarkedMember = Marked<MeetingMemberRow>;

export type MarkedAgendaItem = Marked<MeetingAgendaItemRow> & {
  nominal: { id: string } | null;
};

/** A meeting as the resolvers serve it: every part marked, shaped for the default resolvers. */
export type MarkedMeeting = Marked<
  Omit<MeetingRow, 'members' | 'agenda' | 'decisions'>
> & {
  date: string;
  chair: MarkedMember | null;
  members: MarkedMember[];
  agenda: MarkedAgendaItem[];
  decisions: Marked<
    MeetingRow['decisions'][number] & { nominal: { id: string } }
  >[];
};

/**
 * The record markings the register judges a meeting's parts by. Every part
 * carries the meeting's region, so a partner the register opens meetings to
 * only in its own regions (DWP, the NOMINATED_IN_CALLER_REGION condition) sees
 * its own regions' forums and nothing of the rest. A covert agenda item also
 * carries handling conditions restricting it to the agencies its raiser named
 * (seed 000 E526), with the raiser as originator: for anyone else the item is
 * withheld, and a withheld list item is dropped without a gap or a count, so
 * the agenda reads exactly as if it had never been raised.
 */
export function markMeeting(meeting: MeetingRow): MarkedMeeting {
  const regional: RecordMarking = { nominatedRegions: [meeting.region] };
  const members = meeting.members.map((member) => ({
    ...member,
    marking: regional,
  }));
  return {
    ...meeting,
    date: meeting.heldOn,
    marking: regional,
    chair: members.find((member) => member.isChair) ?? null,
    members,
    agenda: meeting.agenda.map((item) => ({
      ...item,
      nominal: item.nominalId === null ? null : { id: item.nominalId },
      marking: markAgendaItem(item, regional),
    })),
    decisions: meeting.decisions.map((decision) => ({
      ...decision,
      nominal: { id: decision.nominalId },
      marking: regional,
    })),
  };
}

function markAgendaItem(
  item: MeetingAgendaItemRow,
  regional: RecordMarking,
): RecordMarking {
  if (item.knownToAgencies === null) return regional;
  return {
    ...regional,
    originator: item.raisedByAgency,
    handling: 'C',
    conditions: [
      { kind: 'RESTRICT_TO_AGENCIES', agencies: item.knownToAgencies },
    ],
  };
}
