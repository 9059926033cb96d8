import {
  IN_BATCH_KEYS,
  prepareBatchRead,
  type SqliteDatabase,
} from '@marsoc/platform/store';
import {
  type HmrcAssetRow,
  type HmrcDirectorshipRow,
  type HmrcInvestigationRow,
  type HmrcRecordRow,
  type HmrcRepository,
  type HmrcSelfAssessmentRow,
  type HmrcVatRegistrationRow,
} from './HmrcRepository';

/** HMRC's reads over the embedded store; columns are aliased to row names. */
export function createSqliteHmrcRepository(
  database: SqliteDatabase,
): HmrcRepository {
  return {
    findHmrcRecordsByNominalIds: prepareBatchRead<HmrcRecordRow>(
      database,
      `SELECT nominal_id AS nominalId, tax_reference AS taxReference
       FROM hmrc_taxpayer WHERE nominal_id ${IN_BATCH_KEYS}`,
    ),
    findSelfAssessmentsByNominalIds: prepareBatchRead<HmrcSelfAssessmentRow>(
      database,
      `SELECT nominal_id AS nominalId, tax_year AS taxYear,
              declared_income AS declaredIncome, tax_due AS taxDue, filed_on AS filedOn
       FROM hmrc_self_assessment WHERE nominal_id ${IN_BATCH_KEYS}
       ORDER BY nominal_id, tax_year DESC`,
    ),
    findDirectorshipsByNominalIds: prepareBatchRead<HmrcDirectorshipRow>(
      database,
      `SELECT nominal_id AS nominalId, company_name AS companyName,
              company_number AS companyNumber, role, appointed_on AS appointedOn,
              resigned_on AS resignedOn
       FROM hmrc_directorship WHERE nominal_id ${IN_BATCH_KEYS}
       ORDER BY nominal_id, appointed_on DESC, position`,
    ),
    findVatRegistrationsByNominalIds: prepareBatchRead<HmrcVatRegistrationRow>(
      database,
      `SELECT nominal_id AS nominalId, vat_number AS vatNumber,
              trading_name AS tradingName, registered_on AS registeredOn, status
       FROM hmrc_vat_registration WHERE nominal_id ${IN_BATCH_KEYS}
       ORDER BY nominal_id, registered_on DESC, vat_number`,
    ),
    findAssetsByNominalIds: prepareBatchRead<HmrcAssetRow>(
      database,
      `SELECT nominal_id AS nominalId, asset_type AS assetType, description,
              estimated_value AS estimatedValue, acquired_on AS acquiredOn
       FROM hmrc_asset WHERE nominal_id ${IN_BATCH_KEYS}
       ORDER BY nominal_id, estimated_value DESC, position`,
    ),
    findInvestigationsByNominalIds: prepareBatchRead<HmrcInvestigationRow>(
      database,
      `SELECT nominal_id AS nominalId, reference,
              investigation_type AS investigationType, opened_on AS openedOn, status
       FROM hmrc_investigation WHERE nominal_id ${IN_BATCH_KEYS}
       ORDER BY nominal_id, opened_on DESC, reference`,
    ),
  };
}
