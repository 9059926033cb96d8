/**
 * The police store's DDL. Child tables are clustered by (nominal_id, position)
 * so that a batch lookup by nominal reads contiguous pages and rows come back in
 * the order they were seeded, which is the order a nominal's record is shown.
 * No foreign keys: the seeder writes each table in batches of its own (so a
 * child batch may land before its nominal's), and it is the only writer.
 */
export const POLICE_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS police_nominal (
  nominal_id TEXT PRIMARY KEY,
  pnc_id TEXT NOT NULL,
  cro_number TEXT NOT NULL,
  forename TEXT NOT NULL,
  surname TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  gender TEXT NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
  nationality TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS police_nominal_by_pnc_id ON police_nominal (pnc_id);
CREATE INDEX IF NOT EXISTS police_nominal_by_cro_number ON police_nominal (cro_number);

CREATE TABLE IF NOT EXISTS police_alias (
  nominal_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  alias_type TEXT NOT NULL CHECK (alias_type IN ('NICKNAME', 'ALIAS_NAME')),
  PRIMARY KEY (nominal_id, position)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS police_warning_marker (
  nominal_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  description TEXT NOT NULL,
  date_added TEXT NOT NULL,
  PRIMARY KEY (nominal_id, position)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS police_arrest (
  nominal_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  custody_reference TEXT NOT NULL,
  arrested_on TEXT NOT NULL,
  offence TEXT NOT NULL,
  offence_category TEXT NOT NULL,
  arresting_force TEXT NOT NULL,
  outcome TEXT NOT NULL,
  PRIMARY KEY (nominal_id, position)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS police_conviction (
  nominal_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  convicted_on TEXT NOT NULL,
  offence TEXT NOT NULL,
  offence_category TEXT NOT NULL,
  court TEXT NOT NULL,
  disposal TEXT NOT NULL,
  PRIMARY KEY (nominal_id, position)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS police_intelligence_report (
  nominal_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  reference TEXT NOT NULL,
  date_recorded TEXT NOT NULL,
  source_evaluation TEXT NOT NULL CHECK (source_evaluation IN ('1', '2', '3')),
  intelligence_assessment TEXT NOT NULL CHECK (intelligence_assessment IN ('A', 'B', 'C', 'D', 'E')),
  handling_code TEXT NOT NULL CHECK (handling_code IN ('P', 'C')),
  handling_conditions TEXT NOT NULL,
  originator_agency TEXT NOT NULL,
  consented_agencies TEXT NOT NULL,
  classification TEXT NOT NULL,
  report_text TEXT NOT NULL,
  sanitised_summary TEXT NOT NULL,
  source_details TEXT,
  PRIMARY KEY (nominal_id, position)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS police_ocg_affiliation (
  nominal_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  group_reference TEXT NOT NULL,
  group_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('PRINCIPAL', 'SIGNIFICANT', 'PERIPHERAL')),
  threat_score INTEGER NOT NULL,
  band TEXT NOT NULL,
  mapped_on TEXT NOT NULL,
  mapped_by TEXT NOT NULL,
  PRIMARY KEY (nominal_id, position)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS police_vehicle (
  nominal_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  vrm TEXT NOT NULL,
  make TEXT NOT NULL,
  model TEXT NOT NULL,
  colour TEXT NOT NULL,
  link_type TEXT NOT NULL,
  linked_from TEXT NOT NULL,
  linked_to TEXT,
  PRIMARY KEY (nominal_id, position)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS police_address (
  nominal_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  address TEXT NOT NULL,
  address_type TEXT NOT NULL CHECK (address_type IN ('HOME', 'ASSOCIATED')),
  from_date TEXT NOT NULL,
  to_date TEXT,
  PRIMARY KEY (nominal_id, position)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS police_nominal_by_date_of_birth ON police_nominal (date_of_birth);
CREATE INDEX IF NOT EXISTS police_ocg_affiliation_by_group ON police_ocg_affiliation (group_reference, nominal_id);

-- Every name police hold for a nominal (its own and its aliases), reduced to
-- the keys search compares (search/nameMatching.ts).
CREATE TABLE IF NOT EXISTS police_search_name (
  nominal_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  name_kind TEXT NOT NULL CHECK (name_kind IN ('NAME', 'ALIAS')),
  forename_key TEXT,
  surname_key TEXT NOT NULL,
  PRIMARY KEY (nominal_id, position)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS police_search_name_by_surname ON police_search_name (surname_key, nominal_id);

-- Another nominal an intelligence report names: a co-mention links the two.
CREATE TABLE IF NOT EXISTS police_intelligence_mention (
  nominal_id TEXT NOT NULL,
  report_position INTEGER NOT NULL,
  associate_id TEXT NOT NULL,
  PRIMARY KEY (nominal_id, report_position, associate_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS police_intelligence_mention_by_associate ON police_intelligence_mention (associate_id);
`;
