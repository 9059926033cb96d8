import { type Agency, type Region } from '@marsoc/schema';
import { type ForumDecision } from './cohortVocabulary';
import {
  type AgendaItemKind,
  type MeetingAttendance,
  type MeetingKind,
  type MeetingOperation,
} from './meetingVocabulary';
import { type MeetingMemberRow, type MeetingRow } from './MeetingRows';

export interface NewMeeting {
  kind: MeetingKind;
  region: Region;
  cycle: number;
  heldOn: string;
  chairSub: string;
  scheduledAt: string;
}

export type NewMeetingMember = Omit<
  MeetingMemberRow,
  'meetingId' | 'attendance'
>;

export interface NewAgendaItem {
  kind: AgendaItemKind;
  nominalId: string | null;
  title: string;
  raisedBySub: string;
  raisedByAgency: Agency;
  knownToAgencies: readonly Agency[] | null;
}

export interface NewMeetingDecision {
  nominationId: string;
  nominalId: string;
  decision: ForumDecision;
  recordedBy: string;
  recordedAt: string;
  presentMembers: readonly string[];
}

/** A mutation already applied under a caller's client request id. */
export interface MeetingWrite {
  operation: MeetingOperation;
  inputHash: string;
  meetingId: string;
}

/**
 * The meeting cycle's reads and writes. Made on the same transaction as the
 * cohort store (ApmisWrites), so a forum decision and the cohort change it
 * drives are kept or dropped together.
 */
export interface MeetingStore {
  findMeeting(meetingId: string): Promise<MeetingRow | null>;
  findMeetingId(
    region: Region,
    cycle: number,
    kind: MeetingKind,
  ): Promise<string | null>;
  findWrite(
    actorSub: string,
    clientRequestId: string,
  ): Promise<MeetingWrite | null>;
  /** Returns the new meeting's id. */
  insertMeeting(
    meeting: NewMeeting,
    members: readonly NewMeetingMember[],
  ): Promise<string>;
  setAttendance(
    meetingId: string,
    sub: string,
    attendance: MeetingAttendance,
  ): Promise<void>;
  insertAgendaItem(meetingId: string, item: NewAgendaItem): Promise<string>;
  insertDecision(
    meetingId: string,
    decision: NewMeetingDecision,
  ): Promise<string>;
  closeMeeting(meetingId: string, closedAt: string): Promise<void>;
  recordWrite(
    actorSub: string,
    clientRequestId: string,
    write: MeetingWrite,
    writtenAt: string,
  ): Promise<void>;
}

/** The reads the queries make, batched per request. */
export interface MeetingReads {
  findMeetingsByIds(meetingIds: readonly string[]): Promise<MeetingRow[]>;
  /** Ids of a region's meetings in a cycle, PSF first. */
  findMeetingIds(region: Region, cycle: number): Promise<string[]>;
}
