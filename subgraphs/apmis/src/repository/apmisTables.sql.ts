import { type DdlText } from '@marsoc/platform/store';
import { Agency, Region } from '@marsoc/schema';
import {
  Confidence,
  DisruptionAssessment,
  FourPCategory,
  ModerationStatus,
  ThreatPhase,
  ThreatType,
} from './apmisVocabulary';
import { alertTablesDdl } from '../alerts/alertSchema.sql';
import { cohortTablesDdl } from './cohortSchema.sql';
import { cycleTablesDdl } from './cycleSchema.sql';
import { ddlStatements } from './ddlStatements';
import { meetingTablesDdl } from './meetingSchema.sql';
import { oneOf } from './oneOf';

/**
 * The APMIS store's tables, every statement in the order they may be made
 * (a table before those that refer to it), as SQL both dialects read but for
 * what `ddl` words for each. Codes are checked against the shared vocabulary
 * so a bad write fails in the store rather than reaching a caller; dates are
 * ISO `YYYY-MM-DD`.
 */
export const apmisTablesDdl = (ddl: DdlText): string[] => [
  ...ddlStatements(`
CREATE TABLE IF NOT EXISTS apmis_nominal (
  nominal_id TEXT PRIMARY KEY,
  apmis_reference TEXT NOT NULL UNIQUE,
  recorded_name TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  region TEXT NOT NULL CHECK (${oneOf('region', Region.values)}),
  owning_unit TEXT NOT NULL
) ${ddl.withoutRowId};

CREATE TABLE IF NOT EXISTS apmis_soc_threat (
  id TEXT PRIMARY KEY,
  nominal_id TEXT NOT NULL REFERENCES apmis_nominal (nominal_id),
  threat_type TEXT NOT NULL CHECK (${oneOf('threat_type', ThreatType.values)}),
  threat_area TEXT NOT NULL,
  morile_score DOUBLE PRECISION NOT NULL CHECK (morile_score BETWEEN 0 AND 100),
  morile_confidence TEXT NOT NULL CHECK (${oneOf('morile_confidence', Confidence.values)}),
  tier INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 3),
  moderation_status TEXT NOT NULL CHECK (${oneOf('moderation_status', ModerationStatus.values)}),
  owning_unit TEXT NOT NULL,
  phase TEXT NOT NULL CHECK (${oneOf('phase', ThreatPhase.values)}),
  assessed_on TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS apmis_soc_threat_by_nominal
  ON apmis_soc_threat (nominal_id, assessed_on, id);

CREATE TABLE IF NOT EXISTS apmis_disruption (
  id TEXT PRIMARY KEY,
  nominal_id TEXT NOT NULL REFERENCES apmis_nominal (nominal_id),
  disrupted_on TEXT NOT NULL,
  lead_agency TEXT NOT NULL CHECK (${oneOf('lead_agency', Agency.values)}),
  supporting_agencies TEXT NOT NULL CHECK (${ddl.json('supporting_agencies')}),
  recording_agency TEXT NOT NULL CHECK (${oneOf('recording_agency', Agency.values)}),
  four_p TEXT NOT NULL CHECK (${oneOf('four_p', FourPCategory.values)}),
  assessment TEXT NOT NULL CHECK (${oneOf('assessment', DisruptionAssessment.values)}),
  description TEXT NOT NULL,
  marsoc_flag INTEGER NOT NULL CHECK (marsoc_flag IN (0, 1)),
  arrests INTEGER NOT NULL CHECK (arrests >= 0)
);
CREATE INDEX IF NOT EXISTS apmis_disruption_by_nominal
  ON apmis_disruption (nominal_id, disrupted_on, id);
CREATE INDEX IF NOT EXISTS apmis_disruption_by_flag
  ON apmis_disruption (marsoc_flag, recording_agency);

CREATE INDEX IF NOT EXISTS apmis_nominal_by_date_of_birth
  ON apmis_nominal (date_of_birth);

-- The master-list name as search keys (search/nameMatching.ts).
CREATE TABLE IF NOT EXISTS apmis_search_name (
  nominal_id TEXT PRIMARY KEY REFERENCES apmis_nominal (nominal_id),
  forename_key TEXT,
  surname_key TEXT NOT NULL
) ${ddl.withoutRowId};
CREATE INDEX IF NOT EXISTS apmis_search_name_by_surname
  ON apmis_search_name (surname_key, nominal_id);

`),
  ...cohortTablesDdl(ddl),
  ...meetingTablesDdl(ddl),
  ...cycleTablesDdl(ddl),
  ...alertTablesDdl(ddl),
];
