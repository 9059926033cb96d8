/**
 * The store's tables, idempotent. HMRC and NCA tables are kept apart by prefix;
 * covert interests have their own table so that no overt table's shape, rows or
 * ordering depends on them.
 */
export const NCA_HMRC_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS hmrc_taxpayer (
  nominal_id TEXT PRIMARY KEY,
  tax_reference TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS hmrc_self_assessment (
  nominal_id TEXT NOT NULL REFERENCES hmrc_taxpayer (nominal_id),
  tax_year TEXT NOT NULL,
  declared_income INTEGER NOT NULL,
  tax_due INTEGER NOT NULL,
  filed_on TEXT,
  PRIMARY KEY (nominal_id, tax_year)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS hmrc_directorship (
  nominal_id TEXT NOT NULL REFERENCES hmrc_taxpayer (nominal_id),
  position INTEGER NOT NULL,
  company_number TEXT NOT NULL,
  company_name TEXT NOT NULL,
  role TEXT NOT NULL,
  appointed_on TEXT NOT NULL,
  resigned_on TEXT,
  PRIMARY KEY (nominal_id, position)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS hmrc_vat_registration (
  nominal_id TEXT NOT NULL REFERENCES hmrc_taxpayer (nominal_id),
  vat_number TEXT NOT NULL,
  trading_name TEXT NOT NULL,
  registered_on TEXT NOT NULL,
  status TEXT NOT NULL,
  PRIMARY KEY (nominal_id, vat_number)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS hmrc_asset (
  nominal_id TEXT NOT NULL REFERENCES hmrc_taxpayer (nominal_id),
  position INTEGER NOT NULL,
  asset_type TEXT NOT NULL,
  description TEXT NOT NULL,
  estimated_value INTEGER NOT NULL,
  acquired_on TEXT NOT NULL,
  PRIMARY KEY (nominal_id, position)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS hmrc_investigation (
  nominal_id TEXT NOT NULL REFERENCES hmrc_taxpayer (nominal_id),
  reference TEXT NOT NULL,
  investigation_type TEXT NOT NULL,
  opened_on TEXT NOT NULL,
  status TEXT NOT NULL,
  PRIMARY KEY (nominal_id, reference)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nca_subject (
  nominal_id TEXT PRIMARY KEY,
  nca_reference TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nca_ocg_tiering (
  nominal_id TEXT PRIMARY KEY REFERENCES nca_subject (nominal_id),
  group_name TEXT NOT NULL,
  tier TEXT NOT NULL,
  threat_area TEXT NOT NULL,
  assessed_on TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nca_suspicious_activity_report (
  nominal_id TEXT NOT NULL REFERENCES nca_subject (nominal_id),
  position INTEGER NOT NULL,
  reference TEXT NOT NULL,
  submitted_on TEXT NOT NULL,
  reporting_sector TEXT NOT NULL,
  amount INTEGER NOT NULL,
  reason_code TEXT NOT NULL,
  classification TEXT NOT NULL,
  restricted_to TEXT NOT NULL,
  PRIMARY KEY (nominal_id, position)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nca_covert_interest (
  nominal_id TEXT PRIMARY KEY REFERENCES nca_subject (nominal_id),
  operation_name TEXT NOT NULL,
  interest_type TEXT NOT NULL,
  owning_command TEXT NOT NULL,
  recorded_on TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nca_deconfliction (
  nominal_id TEXT PRIMARY KEY REFERENCES nca_subject (nominal_id),
  route TEXT NOT NULL
) WITHOUT ROWID;
`;
