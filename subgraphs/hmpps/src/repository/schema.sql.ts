/**
 * The HMPPS store: prison (NOMIS-like) and probation (nDelius-like) records,
 * one row per nominal for custody, supervision and risk, many for the rest.
 * Idempotent, so it runs on every start. Codes are held as text without CHECK
 * constraints: they halve the speed of seeding 10^5 nominals, and the only
 * writer is the typed seed (codes.ts), whose lists the GraphQL enums match.
 */
export const HMPPS_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS prison_custody (
  nominal_id TEXT PRIMARY KEY,
  prison_number TEXT NOT NULL,
  status TEXT NOT NULL,
  establishment TEXT NOT NULL,
  establishment_region TEXT NOT NULL,
  security_category TEXT NOT NULL,
  reception_date TEXT NOT NULL,
  earliest_release_date TEXT,
  licence_expiry_date TEXT,
  offence TEXT,
  sentence_months INTEGER,
  sentence_date TEXT,
  sentencing_court TEXT
);

CREATE TABLE IF NOT EXISTS prison_movement (
  id INTEGER PRIMARY KEY,
  nominal_id TEXT NOT NULL,
  movement_date TEXT NOT NULL,
  from_location TEXT NOT NULL,
  to_location TEXT NOT NULL,
  reason TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS prison_adjudication (
  id INTEGER PRIMARY KEY,
  nominal_id TEXT NOT NULL,
  adjudication_date TEXT NOT NULL,
  establishment TEXT NOT NULL,
  charge TEXT NOT NULL,
  finding TEXT NOT NULL,
  punishment TEXT
);

CREATE TABLE IF NOT EXISTS prison_seizure (
  id INTEGER PRIMARY KEY,
  nominal_id TEXT NOT NULL,
  seizure_date TEXT NOT NULL,
  item_type TEXT NOT NULL,
  establishment TEXT NOT NULL,
  location TEXT NOT NULL,
  description TEXT NOT NULL,
  counter_corruption INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS prison_visit (
  id INTEGER PRIMARY KEY,
  nominal_id TEXT NOT NULL,
  visit_date TEXT NOT NULL,
  visitor_name TEXT NOT NULL,
  relationship TEXT NOT NULL,
  visit_type TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS prison_phone_contact (
  id INTEGER PRIMARY KEY,
  nominal_id TEXT NOT NULL,
  phone_number TEXT NOT NULL,
  contact_name TEXT NOT NULL,
  relationship TEXT NOT NULL,
  approved INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS probation_supervision (
  nominal_id TEXT PRIMARY KEY,
  crn TEXT NOT NULL,
  status TEXT NOT NULL,
  probation_region TEXT NOT NULL,
  offender_manager TEXT NOT NULL,
  team TEXT NOT NULL,
  supervision_type TEXT,
  start_date TEXT NOT NULL,
  end_date TEXT
);

CREATE TABLE IF NOT EXISTS probation_licence_condition (
  id INTEGER PRIMARY KEY,
  nominal_id TEXT NOT NULL,
  condition_type TEXT NOT NULL,
  description TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS prison_associate_link (
  id INTEGER PRIMARY KEY,
  nominal_id TEXT NOT NULL,
  associate_id TEXT NOT NULL,
  link_type TEXT NOT NULL,
  since TEXT NOT NULL,
  last_contact TEXT NOT NULL,
  establishment TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS probation_risk (
  nominal_id TEXT PRIMARY KEY,
  mappa_level INTEGER,
  mappa_category INTEGER,
  rosh_level TEXT NOT NULL,
  assessed_on TEXT NOT NULL
);
`;

/**
 * The lookup indexes, created after seeding: building them once over a million
 * rows takes half the time of maintaining them row by row. Idempotent.
 */
export const HMPPS_INDEX_SQL = `
CREATE INDEX IF NOT EXISTS prison_custody_by_number ON prison_custody (prison_number);
CREATE INDEX IF NOT EXISTS prison_movement_by_nominal ON prison_movement (nominal_id, movement_date, id);
CREATE INDEX IF NOT EXISTS prison_adjudication_by_nominal ON prison_adjudication (nominal_id, adjudication_date, id);
CREATE INDEX IF NOT EXISTS prison_seizure_by_nominal ON prison_seizure (nominal_id, seizure_date, id);
CREATE INDEX IF NOT EXISTS prison_visit_by_nominal ON prison_visit (nominal_id, visit_date, id);
CREATE INDEX IF NOT EXISTS prison_phone_contact_by_nominal ON prison_phone_contact (nominal_id, id);
CREATE INDEX IF NOT EXISTS probation_supervision_by_crn ON probation_supervision (crn);
CREATE INDEX IF NOT EXISTS prison_associate_link_by_nominal ON prison_associate_link (nominal_id, last_contact, id);
CREATE INDEX IF NOT EXISTS prison_movement_by_date ON prison_movement (movement_date, nominal_id);
CREATE INDEX IF NOT EXISTS probation_licence_condition_by_nominal ON probation_licence_condition (nominal_id, id);
`;
