import { type DdlText } from '@marsoc/platform/store';
import { Agency, Region, Vetting } from '@marsoc/schema';
import {
  AgendaItemKind,
  MeetingAttendance,
  MeetingKind,
  MeetingOperation,
  MeetingStatus,
} from './meetingVocabulary';
import { ForumDecision } from './cohortVocabulary';
import { oneOf } from './oneOf';
import { ddlStatements } from './ddlStatements';

/**
 * The MARSOC meeting cycle (seed 000 E494-E530): one PSF and one TPM per
 * region and cycle, its members and their attendance, its agenda, and the
 * forum decisions recorded in it. Everything hangs off `meeting.id`, so a
 * TPM's action log can hang off a TPM later. The write log makes each
 * mutation idempotent under the caller's client request id.
 */
export const meetingTablesDdl = (ddl: DdlText): string[] => [
  ...ddlStatements(`
CREATE TABLE IF NOT EXISTS meeting (
  id ${ddl.generatedKey},
  kind TEXT NOT NULL CHECK (${oneOf('kind', MeetingKind.values)}),
  region TEXT NOT NULL CHECK (${oneOf('region', Region.values)}),
  cycle INTEGER NOT NULL CHECK (cycle >= 1),
  held_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (${oneOf('status', MeetingStatus.values)}),
  chair_sub TEXT NOT NULL,
  scheduled_at TEXT NOT NULL,
  closed_at TEXT,
  CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
  UNIQUE (region, cycle, kind)
);

CREATE TABLE IF NOT EXISTS meeting_member (
  meeting_id INTEGER NOT NULL REFERENCES meeting (id),
  sub TEXT NOT NULL,
  name TEXT NOT NULL,
  agency TEXT NOT NULL CHECK (${oneOf('agency', Agency.values)}),
  unit TEXT NOT NULL,
  vetting TEXT NOT NULL CHECK (${oneOf('vetting', Vetting.values)}),
  is_chair INTEGER NOT NULL CHECK (is_chair IN (0, 1)),
  attendance TEXT CHECK (attendance IS NULL OR ${oneOf('attendance', MeetingAttendance.values)}),
  PRIMARY KEY (meeting_id, sub)
) ${ddl.withoutRowId};

CREATE TABLE IF NOT EXISTS meeting_agenda_item (
  id ${ddl.generatedKey},
  meeting_id INTEGER NOT NULL REFERENCES meeting (id),
  kind TEXT NOT NULL CHECK (${oneOf('kind', AgendaItemKind.values)}),
  nominal_id TEXT REFERENCES apmis_nominal (nominal_id),
  title TEXT NOT NULL,
  raised_by_sub TEXT NOT NULL,
  raised_by_agency TEXT NOT NULL CHECK (${oneOf('raised_by_agency', Agency.values)}),
  known_to_agencies TEXT CHECK (known_to_agencies IS NULL OR ${ddl.json('known_to_agencies')}),
  CHECK ((kind = 'COVERT') = (known_to_agencies IS NOT NULL)),
  CHECK (kind = 'COVERT' OR nominal_id IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS meeting_agenda_item_by_meeting
  ON meeting_agenda_item (meeting_id, id);

CREATE TABLE IF NOT EXISTS meeting_decision (
  id ${ddl.generatedKey},
  meeting_id INTEGER NOT NULL REFERENCES meeting (id),
  nomination_id INTEGER NOT NULL REFERENCES cohort_nomination (id),
  nominal_id TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (${oneOf('decision', ForumDecision.values)}),
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  present_members TEXT NOT NULL CHECK (${ddl.json('present_members')})
);
CREATE INDEX IF NOT EXISTS meeting_decision_by_meeting
  ON meeting_decision (meeting_id, id);
`),
  ...ddl.appendOnly('meeting_decision', 'meeting decisions are append-only'),
  ...ddlStatements(`
CREATE TABLE IF NOT EXISTS meeting_write (
  actor_sub TEXT NOT NULL,
  client_request_id TEXT NOT NULL,
  operation TEXT NOT NULL CHECK (${oneOf('operation', MeetingOperation.values)}),
  input_hash TEXT NOT NULL,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id),
  written_at TEXT NOT NULL,
  PRIMARY KEY (actor_sub, client_request_id)
) ${ddl.withoutRowId};
`),
];
