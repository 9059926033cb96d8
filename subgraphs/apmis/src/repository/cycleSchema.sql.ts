import { type DdlText } from '@marsoc/platform/store';
import { Agency, Region } from '@marsoc/schema';
import { DisruptionAssessment, FourPCategory } from './apmisVocabulary';
import { TpmActionStatus } from './cohortVocabulary';
import {
  CycleOperation,
  DisruptionRecordStatus,
  EmergencyDecision,
  QualityCheckOutcome,
  TransferStatus,
} from './cycleVocabulary';
import { oneOf } from './oneOf';
import { ddlStatements } from './ddlStatements';

/**
 * The cycle's disruptions and hand-offs (docs/marsoc-cycle.md): disruptions
 * recorded through the gateway awaiting moderation, the MARSOC flag's
 * back-fill trail, emergency nominations, quality checks, transfers awaiting
 * the receiving region, TPM action assignments and their updates, and the
 * monitoring plan of a deselection. The write log makes each mutation
 * idempotent under the caller's client request id.
 */
export const cycleTablesDdl = (ddl: DdlText): string[] => [
  ...ddlStatements(`
CREATE TABLE IF NOT EXISTS disruption_record (
  id ${ddl.generatedKey},
  nominal_id TEXT NOT NULL REFERENCES apmis_nominal (nominal_id),
  region TEXT NOT NULL CHECK (${oneOf('region', Region.values)}),
  disrupted_on TEXT NOT NULL,
  recorded_on TEXT NOT NULL CHECK (recorded_on >= disrupted_on),
  lead_agency TEXT NOT NULL CHECK (${oneOf('lead_agency', Agency.values)}),
  supporting_agencies TEXT NOT NULL CHECK (${ddl.json('supporting_agencies')}),
  recording_agency TEXT NOT NULL CHECK (${oneOf('recording_agency', Agency.values)}),
  recorded_by TEXT NOT NULL,
  four_p TEXT NOT NULL CHECK (${oneOf('four_p', FourPCategory.values)}),
  assessment TEXT NOT NULL CHECK (${oneOf('assessment', DisruptionAssessment.values)}),
  description TEXT NOT NULL,
  arrests INTEGER NOT NULL CHECK (arrests >= 0),
  marsoc_flag INTEGER NOT NULL CHECK (marsoc_flag IN (0, 1)),
  status TEXT NOT NULL CHECK (${oneOf('status', DisruptionRecordStatus.values)}),
  moderated_by TEXT,
  moderated_at TEXT,
  rejection_reason TEXT,
  disruption_id TEXT UNIQUE REFERENCES apmis_disruption (id),
  CHECK ((status = 'RECORDED') = (moderated_by IS NULL)),
  CHECK ((status = 'MODERATED') = (disruption_id IS NOT NULL)),
  CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS disruption_record_by_region
  ON disruption_record (region, status, id);

CREATE TABLE IF NOT EXISTS disruption_flag_change (
  id ${ddl.generatedKey},
  disruption_id TEXT NOT NULL REFERENCES apmis_disruption (id),
  nominal_id TEXT NOT NULL,
  from_flag INTEGER NOT NULL CHECK (from_flag IN (0, 1)),
  to_flag INTEGER NOT NULL CHECK (to_flag IN (0, 1) AND to_flag <> from_flag),
  changed_by TEXT NOT NULL,
  changed_by_agency TEXT NOT NULL CHECK (${oneOf('changed_by_agency', Agency.values)}),
  changed_at TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS disruption_flag_change_by_disruption
  ON disruption_flag_change (disruption_id, id);
`),
  ...ddl.appendOnly(
    'disruption_flag_change',
    'the MARSOC flag trail is append-only',
  ),
  ...ddlStatements(`
CREATE TABLE IF NOT EXISTS cohort_emergency_nomination (
  nomination_id INTEGER PRIMARY KEY REFERENCES cohort_nomination (id),
  nominal_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  decision TEXT CHECK (decision IS NULL OR ${oneOf('decision', EmergencyDecision.values)}),
  decision_reason TEXT,
  decided_by TEXT,
  decided_at TEXT,
  CHECK ((decision IS NULL) = (decided_by IS NULL))
);

CREATE TABLE IF NOT EXISTS cohort_quality_check (
  id ${ddl.generatedKey},
  nomination_id INTEGER NOT NULL REFERENCES cohort_nomination (id),
  nominal_id TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (${oneOf('outcome', QualityCheckOutcome.values)}),
  reasons TEXT NOT NULL CHECK (${ddl.json('reasons')}),
  note TEXT,
  by_sub TEXT NOT NULL,
  by_agency TEXT NOT NULL CHECK (${oneOf('by_agency', Agency.values)}),
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cohort_quality_check_by_nomination
  ON cohort_quality_check (nomination_id, id);
`),
  ...ddl.appendOnly(
    'cohort_quality_check',
    'the quality check log is append-only',
  ),
  ...ddlStatements(`
CREATE TABLE IF NOT EXISTS cohort_transfer (
  id ${ddl.generatedKey},
  nomination_id INTEGER NOT NULL REFERENCES cohort_nomination (id),
  nominal_id TEXT NOT NULL,
  from_region TEXT NOT NULL CHECK (${oneOf('from_region', Region.values)}),
  to_region TEXT NOT NULL CHECK (${oneOf('to_region', Region.values)} AND to_region <> from_region),
  reason TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (${oneOf('status', TransferStatus.values)}),
  decided_by TEXT,
  decided_at TEXT,
  decision_reason TEXT,
  CHECK ((status = 'PENDING') = (decided_by IS NULL))
);
CREATE UNIQUE INDEX IF NOT EXISTS cohort_transfer_one_pending
  ON cohort_transfer (nomination_id) WHERE status = 'PENDING';
CREATE INDEX IF NOT EXISTS cohort_transfer_by_region
  ON cohort_transfer (status, to_region, from_region);

CREATE TABLE IF NOT EXISTS cohort_tpm_assignment (
  action_id INTEGER PRIMARY KEY REFERENCES cohort_tpm_action (id),
  meeting_id INTEGER NOT NULL REFERENCES meeting (id),
  owner_name TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS cohort_tpm_update (
  id ${ddl.generatedKey},
  action_id INTEGER NOT NULL REFERENCES cohort_tpm_action (id),
  nominal_id TEXT NOT NULL,
  from_status TEXT NOT NULL CHECK (${oneOf('from_status', TpmActionStatus.values)}),
  to_status TEXT NOT NULL CHECK (${oneOf('to_status', TpmActionStatus.values)}),
  note TEXT,
  by_sub TEXT NOT NULL,
  by_agency TEXT NOT NULL CHECK (${oneOf('by_agency', Agency.values)}),
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cohort_tpm_update_by_action
  ON cohort_tpm_update (action_id, id);
`),
  ...ddl.appendOnly(
    'cohort_tpm_update',
    'the TPM action update log is append-only',
  ),
  ...ddlStatements(`
CREATE TABLE IF NOT EXISTS cohort_monitoring_plan (
  nomination_id INTEGER PRIMARY KEY REFERENCES cohort_nomination (id),
  nominal_id TEXT NOT NULL,
  plan TEXT NOT NULL,
  monitoring_agency TEXT NOT NULL CHECK (${oneOf('monitoring_agency', Agency.values)}),
  review_on TEXT NOT NULL,
  set_by TEXT NOT NULL,
  set_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS cycle_write (
  actor_sub TEXT NOT NULL,
  client_request_id TEXT NOT NULL,
  operation TEXT NOT NULL CHECK (${oneOf('operation', CycleOperation.values)}),
  input_hash TEXT NOT NULL,
  result_id TEXT NOT NULL,
  written_at TEXT NOT NULL,
  PRIMARY KEY (actor_sub, client_request_id)
) ${ddl.withoutRowId};
`),
];
