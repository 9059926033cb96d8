import { type Compilable } from 'kysely';
import { inBatchKeys, prepareBatchQuery } from '@marsoc/platform/store';
import { type HmrcRepository } from './HmrcRepository';
import { type NcaHmrcStore } from './NcaHmrcTables';

/** HMRC's reads over the store, on either dialect; columns are aliased to row names. */
export function createHmrcRepository(store: NcaHmrcStore): HmrcRepository {
  const { db, dialect } = store;
  const of = (ids: readonly string[]) =>
    inBatchKeys(dialect, 'nominal_id', ids);
  const batch = <Row>(build: (ids: readonly string[]) => Compilable<Row>) =>
    prepareBatchQuery(store, build);
  return {
    findHmrcRecordsByNominalIds: batch((ids) =>
      db
        .selectFrom('hmrc_taxpayer')
        .select(['nominal_id as nominalId', 'tax_reference as taxReference'])
        .where(of(ids)),
    ),
    findSelfAssessmentsByNominalIds: batch((ids) =>
      db
        .selectFrom('hmrc_self_assessment')
        .select([
          'nominal_id as nominalId',
          'tax_year as taxYear',
          'declared_income as declaredIncome',
          'tax_due as taxDue',
          'filed_on as filedOn',
        ])
        .where(of(ids))
        .orderBy('nominal_id')
        .orderBy('tax_year', 'desc'),
    ),
    findDirectorshipsByNominalIds: batch((ids) =>
      db
        .selectFrom('hmrc_directorship')
        .select([
          'nominal_id as nominalId',
          'company_name as companyName',
          'company_number as companyNumber',
          'role',
          'appointed_on as appointedOn',
          'resigned_on as resignedOn',
        ])
        .where(of(ids))
        .orderBy('nominal_id')
        .orderBy('appointed_on', 'desc')
        .orderBy('position'),
    ),
    findVatRegistrationsByNominalIds: batch((ids) =>
      db
        .selectFrom('hmrc_vat_registration')
        .select([
          'nominal_id as nominalId',
          'vat_number as vatNumber',
          'trading_name as tradingName',
          'registered_on as registeredOn',
          'status',
        ])
        .where(of(ids))
        .orderBy('nominal_id')
        .orderBy('registered_on', 'desc')
        .orderBy('vat_number'),
    ),
    findAssetsByNominalIds: batch((ids) =>
      db
        .selectFrom('hmrc_asset')
        .select([
          'nominal_id as nominalId',
          'asset_type as assetType',
          'description',
          'estimated_value as estimatedValue',
          'acquired_on as acquiredOn',
        ])
        .where(of(ids))
        .orderBy('nominal_id')
        .orderBy('estimated_value', 'desc')
        .orderBy('position'),
    ),
    findInvestigationsByNominalIds: batch((ids) =>
      db
        .selectFrom('hmrc_investigation')
        .select([
          'nominal_id as nominalId',
          'reference',
          'investigation_type as investigationType',
          'opened_on as openedOn',
          'status',
        ])
        .where(of(ids))
        .orderBy('nominal_id')
        .orderBy('opened_on', 'desc')
        .orderBy('reference'),
    ),
  };
}
