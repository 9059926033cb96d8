import { inBatchKeys, type StoreDialect } from '@marsoc/platform/store';
import { meetingStatements as statements } from './meetingStatements';
import { type MeetingReads, type MeetingStore } from './MeetingStore';
import { assembleMeetings } from './readStoredMeeting';
import { formatReference, parseReference, readStoredId } from './references';
import {
  changeOneRow,
  insertReturningId,
  readFirstRow,
  readRows,
  type StoreHandle,
} from './storeStatements';

/**
 * The meeting cycle over the APMIS store, on either dialect. Made on the same
 * transaction as the cohort store (ApmisWrites) for a write; made on the store
 * itself for the queries' batched reads. Every update must touch one row.
 */
export function createMeetingStore(
  db: StoreHandle,
  dialect: StoreDialect,
): MeetingStore & MeetingReads {
  const meeting = (reference: string) => readStoredId('meeting', reference);
  async function findMeetingsByIds(meetingIds: readonly string[]) {
    const ids = meetingIds
      .map((reference) => parseReference('meeting', reference))
      .filter((id): id is number => id !== null);
    if (ids.length === 0) return [];
    const inMeetings = (column: string) =>
      inBatchKeys(dialect, column, ids, 'integer');
    const [meetings, members, agenda, decisions] = [
      await readRows(db, statements.meetings(inMeetings)),
      await readRows(db, statements.members(inMeetings)),
      await readRows(db, statements.agenda(inMeetings)),
      await readRows(db, statements.decisions(inMeetings)),
    ];
    return assembleMeetings(meetings, members, agenda, decisions);
  }
  return {
    findMeetingsByIds,
    findMeeting: async (meetingId) =>
      (await findMeetingsByIds([meetingId]))[0] ?? null,
    findMeetingIds: async (region, cycle) =>
      (await readRows(db, statements.meetingIds(region, cycle))).map((row) =>
        formatReference('meeting', row.id),
      ),
    async findMeetingId(region, cycle, kind) {
      const row = await readFirstRow(
        db,
        statements.meetingId(region, cycle, kind),
      );
      return row === undefined ? null : formatReference('meeting', row.id);
    },
    async findWrite(actorSub, clientRequestId) {
      const row = await readFirstRow(
        db,
        statements.findWrite(actorSub, clientRequestId),
      );
      return row === undefined
        ? null
        : { ...row, meetingId: formatReference('meeting', row.meetingId) };
    },
    async insertMeeting(row, members) {
      const id = await insertReturningId(db, statements.insertMeeting(row));
      for (const member of members)
        await statements.insertMember(id, member).execute(db);
      return formatReference('meeting', id);
    },
    setAttendance: (meetingId, sub, attendance) =>
      changeOneRow(
        db,
        statements.setAttendance(meeting(meetingId), sub, attendance),
        'meeting',
      ),
    insertAgendaItem: async (meetingId, item) =>
      formatReference(
        'agendaItem',
        await insertReturningId(
          db,
          statements.insertAgendaItem(meeting(meetingId), item),
        ),
      ),
    insertDecision: async (meetingId, decision) =>
      formatReference(
        'meetingDecision',
        await insertReturningId(
          db,
          statements.insertDecision(
            meeting(meetingId),
            parseReference('nomination', decision.nominationId),
            decision,
          ),
        ),
      ),
    closeMeeting: (meetingId, closedAt) =>
      changeOneRow(
        db,
        statements.closeMeeting(meeting(meetingId), closedAt),
        'meeting',
      ),
    async recordWrite(actorSub, clientRequestId, write, writtenAt) {
      await statements
        .recordWrite(
          actorSub,
          clientRequestId,
          write,
          meeting(write.meetingId),
          writtenAt,
        )
        .execute(db);
    },
  };
}
