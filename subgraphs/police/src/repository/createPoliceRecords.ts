import { type Compilable } from 'kysely';
import { inBatchKeys, prepareBatchQuery } from '@marsoc/platform/store';
import {
  type PoliceIntelligenceReportRecord,
  type PoliceIntelligenceReportRow,
  type PoliceRepository,
} from './PoliceRepository';
import { type PoliceStore } from './PoliceTables';
import {
  readReportGrading,
  type StoredReportGrading,
} from './readReportGrading';

type StoredReport = Omit<
  PoliceIntelligenceReportRecord,
  'handlingConditions' | 'consentedAgencies'
> &
  StoredReportGrading;

/** The batch reads of a nominal's own record: everything but search and associates. */
export type PoliceRecordReads = Omit<
  PoliceRepository,
  | 'disclosures'
  | 'findSearchCandidates'
  | 'findAssociateLinksByNominalIds'
  | 'describeStore'
  | 'close'
>;

/**
 * The police record's batch reads over the store, on either dialect: one
 * query per batch (inBatchKeys), each built and compiled once. A nominal's
 * child rows come back in the order seeded (by position), which is the order
 * they are shown.
 */
export function createPoliceRecords(store: PoliceStore): PoliceRecordReads {
  const { db, dialect } = store;
  const of = (column: string, ids: readonly string[]) =>
    inBatchKeys(dialect, column, ids);
  const batch = <Row>(build: (ids: readonly string[]) => Compilable<Row>) =>
    prepareBatchQuery(store, build);
  /** An identifier shared by two nominals links to neither: naming the wrong person is worse than none. */
  const links = (column: 'pnc_id' | 'cro_number') =>
    batch((identifiers) =>
      db
        .selectFrom('police_nominal')
        .select((eb) => [
          eb.ref(column).as('identifier'),
          eb.fn.min('nominal_id').as('nominalId'),
        ])
        .where(of(column, identifiers))
        .groupBy(column)
        .having((eb) => eb.fn.countAll(), '=', 1),
    );
  const findReports = batch((ids) =>
    db
      .selectFrom('police_intelligence_report')
      .select([
        'nominal_id as nominalId',
        'reference',
        'date_recorded as dateRecorded',
        'source_evaluation as sourceEvaluation',
        'intelligence_assessment as intelligenceAssessment',
        'handling_code as handlingCode',
        'handling_conditions as handlingConditions',
        'originator_agency as originatorAgency',
        'consented_agencies as consentedAgencies',
        'classification',
        'report_text as text',
        'sanitised_summary as sanitisedSummary',
        'source_details as sourceDetails',
      ])
      .where(of('nominal_id', ids))
      .orderBy('nominal_id')
      .orderBy('position'),
  );
  return {
    findNominalsByIds: batch((ids) =>
      db
        .selectFrom('police_nominal')
        .select([
          'nominal_id as nominalId',
          'pnc_id as pncId',
          'cro_number as croNumber',
          'forename',
          'surname',
          'date_of_birth as dateOfBirth',
          'gender',
          'nationality',
        ])
        .where(of('nominal_id', ids)),
    ),
    findNominalIdsByPncIds: links('pnc_id'),
    findNominalIdsByCroNumbers: links('cro_number'),
    findAliasesByNominalIds: batch((ids) =>
      db
        .selectFrom('police_alias')
        .select(['nominal_id as nominalId', 'name', 'alias_type as type'])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id')
        .orderBy('position'),
    ),
    findWarningMarkersByNominalIds: batch((ids) =>
      db
        .selectFrom('police_warning_marker')
        .select([
          'nominal_id as nominalId',
          'code',
          'description',
          'date_added as dateAdded',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id')
        .orderBy('position'),
    ),
    findArrestsByNominalIds: batch((ids) =>
      db
        .selectFrom('police_arrest')
        .select([
          'nominal_id as nominalId',
          'custody_reference as custodyReference',
          'arrested_on as arrestedOn',
          'offence',
          'offence_category as offenceCategory',
          'arresting_force as arrestingForce',
          'outcome',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id')
        .orderBy('position'),
    ),
    findConvictionsByNominalIds: batch((ids) =>
      db
        .selectFrom('police_conviction')
        .select([
          'nominal_id as nominalId',
          'convicted_on as convictedOn',
          'offence',
          'offence_category as offenceCategory',
          'court',
          'disposal',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id')
        .orderBy('position'),
    ),
    findIntelligenceReportsByNominalIds: async (ids) =>
      (await findReports(ids)).map(readReport),
    findOcgAffiliationsByNominalIds: batch((ids) =>
      db
        .selectFrom('police_ocg_affiliation')
        .select([
          'nominal_id as nominalId',
          'group_reference as groupReference',
          'group_name as groupName',
          'role',
          'threat_score as threatScore',
          'band',
          'mapped_on as mappedOn',
          'mapped_by as mappedBy',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id')
        .orderBy('position'),
    ),
    findVehiclesByNominalIds: batch((ids) =>
      db
        .selectFrom('police_vehicle')
        .select([
          'nominal_id as nominalId',
          'vrm',
          'make',
          'model',
          'colour',
          'link_type as linkType',
          'linked_from as linkedFrom',
          'linked_to as linkedTo',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id')
        .orderBy('position'),
    ),
    findAddressesByNominalIds: batch((ids) =>
      db
        .selectFrom('police_address')
        .select([
          'nominal_id as nominalId',
          'address',
          'address_type as type',
          'from_date as fromDate',
          'to_date as toDate',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id')
        .orderBy('position'),
    ),
  };
}

function readReport(stored: StoredReport): PoliceIntelligenceReportRow {
  return { ...stored, ...readReportGrading(stored) };
}
