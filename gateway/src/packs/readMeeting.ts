import { isRecord, readText } from '../profiles/readAnswer';

/** A member of the meeting as the attendee's answer gives them. */
export interface PackMember {
  sub: string;
  name: string;
  agency: string;
  unit: string;
  isChair: boolean;
  /** Null until the chair records it. */
  attendance: string | null;
}

export interface PackAgendaItem {
  kind: string;
  title: string;
  raisedByAgency: string;
  nominalId: string | null;
}

export interface PackDecision {
  nominalId: string;
  decision: string;
}

/** The meeting as the attendee was allowed to read it. */
export interface PackMeeting {
  id: string;
  kind: string;
  region: string;
  cycle: number;
  date: string;
  status: string;
  chair: string;
  members: PackMember[];
  agenda: PackAgendaItem[];
  decisions: PackDecision[];
}

/**
 * The meeting in the attendee's answer, or undefined when it holds none the
 * attendee may build a pack from: no meeting, one they may not read, or one
 * they are not a member of. The three look alike to the caller.
 */
export function readMeeting(
  data: unknown,
  callerSub: string,
): PackMeeting | undefined {
  const meeting = isRecord(data) ? data.meeting : undefined;
  if (!isRecord(meeting)) return undefined;
  const members = listOf(meeting.members).map(readMember);
  if (!members.some((member) => member.sub === callerSub)) return undefined;
  const chair = isRecord(meeting.chair) ? meeting.chair : {};
  return {
    id: readText(meeting.id) ?? '',
    kind: readText(meeting.kind) ?? '',
    region: readText(meeting.region) ?? '',
    cycle: typeof meeting.cycle === 'number' ? meeting.cycle : 0,
    date: readText(meeting.date) ?? '',
    status: readText(meeting.status) ?? '',
    chair: [readText(chair.name), readText(chair.unit)]
      .filter((part) => part !== undefined)
      .join(', '),
    members,
    agenda: listOf(meeting.agenda).map((item) => ({
      kind: readText(item.kind) ?? '',
      title: readText(item.title) ?? '',
      raisedByAgency: readText(item.raisedByAgency) ?? '',
      nominalId: readNominalId(item.nominal),
    })),
    decisions: listOf(meeting.decisions).flatMap((decision) => {
      const nominalId = readNominalId(decision.nominal);
      const made = readText(decision.decision);
      return nominalId && made ? [{ nominalId, decision: made }] : [];
    }),
  };
}

/** The agenda's nominals, each once, in the order first raised. */
export function listAgendaNominals(meeting: PackMeeting): string[] {
  return [
    ...new Set(
      meeting.agenda.flatMap((item) =>
        item.nominalId === null ? [] : [item.nominalId],
      ),
    ),
  ];
}

function readMember(member: Record<string, unknown>): PackMember {
  return {
    sub: readText(member.sub) ?? '',
    name: readText(member.name) ?? '',
    agency: readText(member.agency) ?? '',
    unit: readText(member.unit) ?? '',
    isChair: member.isChair === true,
    attendance: readText(member.attendance) ?? null,
  };
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function readNominalId(nominal: unknown): string | null {
  return isRecord(nominal) ? (readText(nominal.id) ?? null) : null;
}
