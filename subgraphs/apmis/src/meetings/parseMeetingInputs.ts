import { Agency, Region, Vetting } from '@marsoc/schema';
import {
  AgendaItemKind,
  MeetingAttendance,
  MeetingKind,
} from '../repository/meetingVocabulary';
import { type NewMeetingMember } from '../repository/MeetingStore';
import { InputReader, readToday } from '../workflow/InputReader';
import { finish, MAX_REASON_LENGTH } from '../workflow/parseNominationInputs';

type Input = Readonly<Record<string, unknown>>;

/** Virtual forums ran to about 40 attendees (seed 000 E498). */
export const MAX_MEMBERS = 40;
const MAX_NAME_LENGTH = 120;
const MEETING_ID = /^MTG-\d{6,12}$/;
const SUBJECT = /^[A-Za-z0-9._:@-]{1,100}$/;
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/** Reads the two fields every meeting mutation shares. */
export function readMeetingReference(reader: InputReader, input: Input) {
  return {
    meetingId: readPattern(
      reader,
      input.meetingId,
      MEETING_ID,
      'meetingId',
      'a meeting id (MTG- and digits)',
    ),
    clientRequestId: readClientRequestId(reader, input.clientRequestId),
  };
}

export function readClientRequestId(
  reader: InputReader,
  value: unknown,
): string | null {
  return readPattern(
    reader,
    value,
    CLIENT_REQUEST_ID,
    'clientRequestId',
    '8 to 100 letters, digits or . _ : - (a UUID fits)',
  );
}

function readPattern(
  reader: InputReader,
  value: unknown,
  pattern: RegExp,
  label: string,
  shape: string,
): string | null {
  if (typeof value === 'string' && pattern.test(value)) return value;
  return reader.refuse(`${label} must be ${shape}.`);
}

/** Scheduling a PSF or TPM: when, where, which cycle, and its standing members by agency. */
export function parseSchedule(input: Input, now: string) {
  const reader = new InputReader();
  const kind = reader.code(MeetingKind, input.kind, 'kind');
  const region = reader.code(Region, input.region, 'region');
  const cycle = reader.cycle(input.cycle);
  const heldOn = reader.dateFrom(input.date, 'date', readToday(now));
  const clientRequestId = readClientRequestId(reader, input.clientRequestId);
  const members = readMembers(reader, input.members);
  return finish(reader, () => ({
    kind: kind as MeetingKind,
    region: region as Region,
    cycle: cycle as number,
    heldOn: heldOn as string,
    clientRequestId: clientRequestId as string,
    members: members as Omit<NewMeetingMember, 'isChair'>[],
  }));
}

function readMembers(
  reader: InputReader,
  value: unknown,
): Omit<NewMeetingMember, 'isChair'>[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_MEMBERS)
    return reader.refuse(
      `members must list 1 to ${MAX_MEMBERS} standing members.`,
    );
  const before = reader.problems.length;
  const members = (value as unknown[]).map((member, index) => {
    const fields = (
      typeof member === 'object' && member !== null ? member : {}
    ) as Input;
    const label = `members[${index}]`;
    return {
      sub: readPattern(
        reader,
        fields.sub,
        SUBJECT,
        `${label}.sub`,
        'a subject (1 to 100 letters, digits or . _ : @ -)',
      ),
      name: reader.text(fields.name, `${label}.name`, MAX_NAME_LENGTH),
      agency: reader.code(Agency, fields.agency, `${label}.agency`),
      unit: reader.text(fields.unit, `${label}.unit`, MAX_NAME_LENGTH),
      vetting: reader.code(Vetting, fields.vetting, `${label}.vetting`),
    };
  });
  if (reader.problems.length > before) return null;
  if (new Set(members.map((member) => member.sub)).size !== members.length)
    return reader.refuse('members names the same person twice.');
  return members as Omit<NewMeetingMember, 'isChair'>[];
}

/** The chair's record of who attended and how. */
export function parseAttendance(input: Input) {
  const reader = new InputReader();
  const reference = readMeetingReference(reader, input);
  const entries = readAttendanceEntries(reader, input.attendance);
  return finish(reader, () => ({
    meetingId: reference.meetingId as string,
    clientRequestId: reference.clientRequestId as string,
    attendance: entries as { sub: string; attendance: MeetingAttendance }[],
  }));
}

function readAttendanceEntries(reader: InputReader, value: unknown) {
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    value.length > MAX_MEMBERS + 1
  )
    return reader.refuse(
      `attendance must list 1 to ${MAX_MEMBERS + 1} members.`,
    );
  const before = reader.problems.length;
  const entries = (value as unknown[]).map((entry, index) => {
    const fields = (
      typeof entry === 'object' && entry !== null ? entry : {}
    ) as Input;
    return {
      sub: readPattern(
        reader,
        fields.sub,
        SUBJECT,
        `attendance[${index}].sub`,
        "a member's subject",
      ),
      attendance: reader.code(
        MeetingAttendance,
        fields.attendance,
        `attendance[${index}].attendance`,
      ),
    };
  });
  if (reader.problems.length > before) return null;
  if (new Set(entries.map((entry) => entry.sub)).size !== entries.length)
    return reader.refuse('attendance names the same member twice.');
  return entries;
}

/** An agenda item: its kind, the nominal it is about, and for a covert item who may know of it. */
export function parseAgendaItem(input: Input) {
  const reader = new InputReader();
  const reference = readMeetingReference(reader, input);
  const kind = reader.code(AgendaItemKind, input.kind, 'kind');
  const nominalId =
    kind === 'COVERT' &&
    (input.nominalId === undefined || input.nominalId === null)
      ? null
      : reader.nominalId(input.nominalId);
  const title = reader.text(input.title, 'title', MAX_REASON_LENGTH);
  const knownTo =
    kind === 'COVERT'
      ? reader.codes(Agency, input.knownToAgencies, 'knownToAgencies', 1)
      : null;
  if (kind !== 'COVERT')
    reader.absent(
      input.knownToAgencies,
      'knownToAgencies',
      'unless the item is COVERT',
    );
  return finish(reader, () => ({
    meetingId: reference.meetingId as string,
    clientRequestId: reference.clientRequestId as string,
    kind: kind as AgendaItemKind,
    nominalId,
    title: title as string,
    knownToAgencies: knownTo as Agency[] | null,
  }));
}

/** Closing a meeting names only the meeting. */
export function parseClose(input: Input) {
  const reader = new InputReader();
  const reference = readMeetingReference(reader, input);
  return finish(reader, () => ({
    meetingId: reference.meetingId as string,
    clientRequestId: reference.clientRequestId as string,
  }));
}
