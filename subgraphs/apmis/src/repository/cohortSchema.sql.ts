import { type DdlText } from '@marsoc/platform/store';
import { Agency, Region } from '@marsoc/schema';
import {
  CohortStatus,
  OPEN_COHORT_STATUSES,
  SupervisionStatus,
} from './apmisVocabulary';
import {
  CohortTransition,
  DeselectionReason,
  ForumDecision,
  TpmActionStatus,
} from './cohortVocabulary';
import { oneOf } from './oneOf';
import { ddlStatements } from './ddlStatements';

const nullOr = (column: string, values: readonly string[]): string =>
  `${column} IS NULL OR ${oneOf(column, values)}`;

/**
 * The MARSOC cohort: one row per nomination (a nominal may be nominated again
 * once an earlier nomination has closed, seed 000 E486, E828), its 4P plan, its
 * TPM Action Log and an append-only event log of every change. The CHECKs tie
 * each status to the PSF decision that leads to it, so a bad write fails here.
 */
export const cohortTablesDdl = (ddl: DdlText): string[] => [
  ...ddlStatements(`
CREATE TABLE IF NOT EXISTS cohort_nomination (
  id ${ddl.generatedKey},
  nominal_id TEXT NOT NULL REFERENCES apmis_nominal (nominal_id),
  status TEXT NOT NULL CHECK (${oneOf('status', CohortStatus.values)}),
  region TEXT NOT NULL CHECK (${oneOf('region', Region.values)}),
  nominating_agency TEXT NOT NULL CHECK (${oneOf('nominating_agency', Agency.values)}),
  supervision_at_nomination TEXT NOT NULL
    CHECK (${oneOf('supervision_at_nomination', SupervisionStatus.values)}),
  mandatory_criteria TEXT NOT NULL DEFAULT '[]' CHECK (${ddl.json('mandatory_criteria')}),
  other_criteria TEXT NOT NULL DEFAULT '[]' CHECK (${ddl.json('other_criteria')}),
  cycle_nominated INTEGER NOT NULL CHECK (cycle_nominated >= 1),
  nominated_on TEXT NOT NULL,
  not_put_forward_reason TEXT,
  forum_decision TEXT CHECK (${nullOr('forum_decision', ForumDecision.values)}),
  cycle_decided INTEGER CHECK (cycle_decided IS NULL OR cycle_decided >= cycle_nominated),
  decision_reason TEXT,
  senior_responsible_officer TEXT,
  lead_agency TEXT CHECK (${nullOr('lead_agency', Agency.values)}),
  supporting_agencies TEXT NOT NULL DEFAULT '[]' CHECK (${ddl.json('supporting_agencies')}),
  strategic_objectives TEXT NOT NULL DEFAULT '[]' CHECK (${ddl.json('strategic_objectives')}),
  redirected_from TEXT CHECK (${nullOr('redirected_from', Region.values)}),
  cycle_deselected INTEGER CHECK (cycle_deselected IS NULL OR cycle_deselected > cycle_nominated),
  deselection_reason TEXT CHECK (${nullOr('deselection_reason', DeselectionReason.values)}),
  deselection_rationale TEXT,
  exited_on TEXT,
  exit_rationale TEXT,
  monitoring_until TEXT,
  alert_agencies TEXT NOT NULL DEFAULT '[]' CHECK (${ddl.json('alert_agencies')}),
  national_records_updated INTEGER CHECK (national_records_updated IN (0, 1)),
  partners_updated INTEGER CHECK (partners_updated IN (0, 1)),
  CHECK (forum_decision IS NOT DISTINCT FROM (CASE status
    WHEN 'NOMINATED' THEN NULL WHEN 'NOT_PUT_FORWARD' THEN NULL
    WHEN 'NOT_SELECTED' THEN 'DECLINE' WHEN 'DEFERRED' THEN 'DEFER'
    WHEN 'REDIRECTED' THEN 'REDIRECT' ELSE 'ACCEPT' END)),
  CHECK ((status IN ('DESELECTED', 'EXITED')) = (cycle_deselected IS NOT NULL)),
  CHECK ((status = 'EXITED') = (exited_on IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS cohort_nomination_by_nominal
  ON cohort_nomination (nominal_id, id);
CREATE INDEX IF NOT EXISTS cohort_nomination_by_status
  ON cohort_nomination (status, region, nominal_id);
CREATE UNIQUE INDEX IF NOT EXISTS cohort_nomination_one_open
  ON cohort_nomination (nominal_id) WHERE ${oneOf('status', OPEN_COHORT_STATUSES)};

CREATE TABLE IF NOT EXISTS cohort_four_p_plan (
  nomination_id INTEGER PRIMARY KEY REFERENCES cohort_nomination (id),
  nominal_id TEXT NOT NULL,
  pursue TEXT NOT NULL CHECK (${ddl.json('pursue')}),
  prevent TEXT NOT NULL CHECK (${ddl.json('prevent')}),
  protect TEXT NOT NULL CHECK (${ddl.json('protect')}),
  prepare TEXT NOT NULL CHECK (${ddl.json('prepare')}),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS cohort_tpm_action (
  id ${ddl.generatedKey},
  nomination_id INTEGER NOT NULL REFERENCES cohort_nomination (id),
  nominal_id TEXT NOT NULL,
  action TEXT NOT NULL,
  owning_agency TEXT NOT NULL CHECK (${oneOf('owning_agency', Agency.values)}),
  due_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (${oneOf('status', TpmActionStatus.values)}),
  raised_at TEXT NOT NULL,
  raised_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cohort_tpm_action_by_nomination
  ON cohort_tpm_action (nomination_id, id);

CREATE TABLE IF NOT EXISTS cohort_event (
  id ${ddl.generatedKey},
  nomination_id INTEGER NOT NULL REFERENCES cohort_nomination (id),
  nominal_id TEXT NOT NULL,
  transition TEXT NOT NULL CHECK (${oneOf('transition', CohortTransition.values)}),
  from_status TEXT CHECK (${nullOr('from_status', CohortStatus.values)}),
  to_status TEXT NOT NULL CHECK (${oneOf('to_status', CohortStatus.values)}),
  actor_sub TEXT NOT NULL,
  actor_agency TEXT NOT NULL CHECK (${oneOf('actor_agency', Agency.values)}),
  occurred_at TEXT NOT NULL,
  cycle INTEGER,
  detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cohort_event_by_nomination
  ON cohort_event (nomination_id, id);
`),
  ...ddl.appendOnly('cohort_event', 'the cohort event log is append-only'),
];
