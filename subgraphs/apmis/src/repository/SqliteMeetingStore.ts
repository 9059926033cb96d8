import { IN_BATCH_KEYS, type SqliteDatabase } from '@marsoc/platform/store';
import { type Region } from '@marsoc/schema';
import { type MeetingAttendance, type MeetingKind } from './meetingVocabulary';
import {
  type MeetingReads,
  type MeetingStore,
  type MeetingWrite,
  type NewAgendaItem,
  type NewMeeting,
  type NewMeetingDecision,
  type NewMeetingMember,
} from './MeetingStore';
import { type MeetingRow } from './MeetingRows';
import {
  AGENDA_COLUMNS,
  DECISION_COLUMNS,
  MEETING_COLUMNS,
  MEMBER_COLUMNS,
  assembleMeetings,
  type StoredAgendaItem,
  type StoredDecision,
  type StoredMeeting,
  type StoredMember,
} from './readStoredMeeting';
import { formatReference, parseReference, toIdBatch } from './references';

/**
 * The meeting cycle over the APMIS SQLite store. Its writes run inside the
 * cohort store's IMMEDIATE transaction; every update must touch one row.
 */
export class SqliteMeetingStore implements MeetingStore, MeetingReads {
  private readonly meetings;
  private readonly members;
  private readonly agenda;
  private readonly decisions;

  constructor(private readonly database: SqliteDatabase) {
    this.meetings = database.prepare<[string], StoredMeeting>(
      `SELECT ${MEETING_COLUMNS} FROM meeting WHERE id ${IN_BATCH_KEYS} ORDER BY id`,
    );
    this.members = database.prepare<[string], StoredMember>(
      `SELECT ${MEMBER_COLUMNS} FROM meeting_member
       WHERE meeting_id ${IN_BATCH_KEYS} ORDER BY meeting_id, is_chair DESC, agency, name, sub`,
    );
    this.agenda = database.prepare<[string], StoredAgendaItem>(
      `SELECT ${AGENDA_COLUMNS} FROM meeting_agenda_item
       WHERE meeting_id ${IN_BATCH_KEYS} ORDER BY meeting_id, id`,
    );
    this.decisions = database.prepare<[string], StoredDecision>(
      `SELECT ${DECISION_COLUMNS} FROM meeting_decision d
       WHERE meeting_id ${IN_BATCH_KEYS} ORDER BY meeting_id, id`,
    );
  }

  findMeetingsByIds(meetingIds: readonly string[]): MeetingRow[] {
    const batch = toIdBatch('meeting', meetingIds);
    return assembleMeetings(
      this.meetings.all(batch),
      this.members.all(batch),
      this.agenda.all(batch),
      this.decisions.all(batch),
    );
  }

  findMeeting(meetingId: string): MeetingRow | null {
    return this.findMeetingsByIds([meetingId])[0] ?? null;
  }

  findMeetingIds(region: Region, cycle: number): string[] {
    return this.database
      .prepare<[Region, number], number>(
        `SELECT id FROM meeting WHERE region = ? AND cycle = ? ORDER BY kind, id`,
      )
      .pluck()
      .all(region, cycle)
      .map((id) => formatReference('meeting', id));
  }

  findMeetingId(
    region: Region,
    cycle: number,
    kind: MeetingKind,
  ): string | null {
    const id = this.database
      .prepare<[Region, number, MeetingKind], number>(
        `SELECT id FROM meeting WHERE region = ? AND cycle = ? AND kind = ?`,
      )
      .pluck()
      .get(region, cycle, kind);
    return id === undefined ? null : formatReference('meeting', id);
  }

  findWrite(actorSub: string, clientRequestId: string): MeetingWrite | null {
    const row = this.database
      .prepare<
        [string, string],
        Omit<MeetingWrite, 'meetingId'> & { meetingId: number }
      >(
        `SELECT operation, input_hash AS inputHash, meeting_id AS meetingId
         FROM meeting_write WHERE actor_sub = ? AND client_request_id = ?`,
      )
      .get(actorSub, clientRequestId);
    return row === undefined
      ? null
      : { ...row, meetingId: formatReference('meeting', row.meetingId) };
  }

  insertMeeting(
    meeting: NewMeeting,
    members: readonly NewMeetingMember[],
  ): string {
    const id = Number(
      this.database
        .prepare(
          `INSERT INTO meeting (kind, region, cycle, held_on, status, chair_sub, scheduled_at)
           VALUES (@kind, @region, @cycle, @heldOn, 'SCHEDULED', @chairSub, @scheduledAt)`,
        )
        .run(meeting).lastInsertRowid,
    );
    const insertMember = this.database.prepare(
      `INSERT INTO meeting_member (meeting_id, sub, name, agency, unit, vetting, is_chair)
       VALUES (@meetingId, @sub, @name, @agency, @unit, @vetting, @isChair)`,
    );
    for (const member of members)
      insertMember.run({
        ...member,
        meetingId: id,
        isChair: member.isChair ? 1 : 0,
      });
    return formatReference('meeting', id);
  }

  setAttendance(
    meetingId: string,
    sub: string,
    attendance: MeetingAttendance,
  ): void {
    this.expectOneRow(
      this.database
        .prepare(
          `UPDATE meeting_member SET attendance = ? WHERE meeting_id = ? AND sub = ?`,
        )
        .run(attendance, this.readId(meetingId), sub).changes,
    );
  }

  insertAgendaItem(meetingId: string, item: NewAgendaItem): string {
    const id = this.database
      .prepare(
        `INSERT INTO meeting_agenda_item
           (meeting_id, kind, nominal_id, title, raised_by_sub, raised_by_agency, known_to_agencies)
         VALUES (@meetingId, @kind, @nominalId, @title, @raisedBySub, @raisedByAgency, @knownTo)`,
      )
      .run({
        ...item,
        meetingId: this.readId(meetingId),
        knownTo:
          item.knownToAgencies === null
            ? null
            : JSON.stringify(item.knownToAgencies),
      }).lastInsertRowid;
    return formatReference('agendaItem', Number(id));
  }

  insertDecision(meetingId: string, decision: NewMeetingDecision): string {
    const nominationId = parseReference('nomination', decision.nominationId);
    const id = this.database
      .prepare(
        `INSERT INTO meeting_decision
           (meeting_id, nomination_id, nominal_id, decision, recorded_by, recorded_at, present_members)
         VALUES (@meetingId, @nominationId, @nominalId, @decision, @recordedBy, @recordedAt, @present)`,
      )
      .run({
        ...decision,
        meetingId: this.readId(meetingId),
        nominationId,
        present: JSON.stringify(decision.presentMembers),
      }).lastInsertRowid;
    return formatReference('meetingDecision', Number(id));
  }

  closeMeeting(meetingId: string, closedAt: string): void {
    this.expectOneRow(
      this.database
        .prepare(
          `UPDATE meeting SET status = 'CLOSED', closed_at = ? WHERE id = ? AND status = 'SCHEDULED'`,
        )
        .run(closedAt, this.readId(meetingId)).changes,
    );
  }

  recordWrite(
    actorSub: string,
    clientRequestId: string,
    write: MeetingWrite,
    writtenAt: string,
  ): void {
    this.database
      .prepare(
        `INSERT INTO meeting_write (actor_sub, client_request_id, operation, input_hash, meeting_id, written_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        actorSub,
        clientRequestId,
        write.operation,
        write.inputHash,
        this.readId(write.meetingId),
        writtenAt,
      );
  }

  private readId(meetingId: string): number {
    const id = parseReference('meeting', meetingId);
    if (id === null) throw new Error('not a meeting reference');
    return id;
  }

  private expectOneRow(changes: number): void {
    if (changes !== 1)
      throw new Error(`a meeting write touched ${changes} rows, not one`);
  }
}
