import { type Agency, type Region, type Vetting } from '@marsoc/schema';
import { type ForumDecision } from './cohortVocabulary';
import {
  type AgendaItemKind,
  type MeetingAttendance,
  type MeetingKind,
  type MeetingStatus,
} from './meetingVocabulary';

/**
 * Rows of the meeting cycle (seed 000 E494-E530). A meeting's members, agenda
 * and decisions travel inside it; the record markings the register judges
 * them by are added above the store (meetings/markMeeting.ts).
 */

export interface MeetingMemberRow {
  meetingId: string;
  sub: string;
  name: string;
  agency: Agency;
  unit: string;
  vetting: Vetting;
  isChair: boolean;
  /** Null until the chair records it. */
  attendance: MeetingAttendance | null;
}

export interface MeetingAgendaItemRow {
  id: string;
  meetingId: string;
  kind: AgendaItemKind;
  /** The nominal the item is about; null only for a covert item about none. */
  nominalId: string | null;
  title: string;
  raisedByAgency: Agency;
  /** For a covert item, the agencies allowed to know of it; null otherwise. */
  knownToAgencies: Agency[] | null;
}

export interface MeetingDecisionRow {
  id: string;
  meetingId: string;
  nominalId: string;
  nominationId: string;
  decision: ForumDecision;
  recordedBy: string;
  recordedAt: string;
  /** The subjects of the members present when it was taken. */
  presentMembers: string[];
}

export interface MeetingRow {
  id: string;
  kind: MeetingKind;
  region: Region;
  cycle: number;
  /** ISO date. */
  heldOn: string;
  status: MeetingStatus;
  chairSub: string;
  scheduledAt: string;
  closedAt: string | null;
  members: MeetingMemberRow[];
  agenda: MeetingAgendaItemRow[];
  decisions: MeetingDecisionRow[];
}
