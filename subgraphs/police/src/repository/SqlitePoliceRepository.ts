import { createSqliteOwnerDisclosureStore } from '@marsoc/platform/disclosure-requests';
import { POLICE_HOLDINGS } from './policeHeldCategories';
import {
  IN_BATCH_KEYS,
  prepareBatchRead,
  type SqliteDatabase,
} from '@marsoc/platform/store';
import { type Agency, type HandlingCondition } from '@marsoc/schema';
import {
  type PoliceAddressRow,
  type PoliceAliasRow,
  type PoliceArrestRow,
  type PoliceConvictionRow,
  type PoliceIdentifierLink,
  type PoliceIntelligenceReportRecord,
  type PoliceIntelligenceReportRow,
  type PoliceNominalRow,
  type PoliceOcgAffiliationRow,
  type PoliceRepository,
  type PoliceVehicleRow,
  type PoliceWarningMarkerRow,
} from './PoliceRepository';
import { createSqlitePoliceAssociates } from './SqlitePoliceAssociates';
import { createSqlitePoliceSearch } from './SqlitePoliceSearch';

type StoredReport = Omit<
  PoliceIntelligenceReportRecord,
  'handlingConditions' | 'consentedAgencies'
> & {
  handlingConditions: string;
  consentedAgencies: string;
};

const NOMINAL_SQL = `SELECT nominal_id AS nominalId, pnc_id AS pncId, cro_number AS croNumber, forename, surname,
  date_of_birth AS dateOfBirth, gender, nationality FROM police_nominal WHERE nominal_id ${IN_BATCH_KEYS}`;

/** An identifier shared by two nominals links to neither: naming the wrong person is worse than none. */
function linkSql(column: 'pnc_id' | 'cro_number'): string {
  return `SELECT ${column} AS identifier, MIN(nominal_id) AS nominalId FROM police_nominal
    WHERE ${column} ${IN_BATCH_KEYS} GROUP BY ${column} HAVING COUNT(*) = 1`;
}

function childSql(table: string, columns: string): string {
  return `SELECT nominal_id AS nominalId, ${columns} FROM ${table} WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id, position`;
}

/** A police repository over the embedded SQLite store (prepared once, read-only). */
export function createSqlitePoliceRepository(
  database: SqliteDatabase,
): PoliceRepository {
  const select = <Row>(sql: string) => prepareBatchRead<Row>(database, sql);
  const findReports = select<StoredReport>(
    childSql(
      'police_intelligence_report',
      `reference, date_recorded AS dateRecorded, source_evaluation AS sourceEvaluation,
       intelligence_assessment AS intelligenceAssessment, handling_code AS handlingCode,
       handling_conditions AS handlingConditions, originator_agency AS originatorAgency,
       consented_agencies AS consentedAgencies, classification, report_text AS text,
       sanitised_summary AS sanitisedSummary, source_details AS sourceDetails`,
    ),
  );
  return {
    disclosures: createSqliteOwnerDisclosureStore(database, POLICE_HOLDINGS),
    findNominalsByIds: select<PoliceNominalRow>(NOMINAL_SQL),
    findNominalIdsByPncIds: select<PoliceIdentifierLink>(linkSql('pnc_id')),
    findNominalIdsByCroNumbers: select<PoliceIdentifierLink>(
      linkSql('cro_number'),
    ),
    findAliasesByNominalIds: select<PoliceAliasRow>(
      childSql('police_alias', 'name, alias_type AS type'),
    ),
    findWarningMarkersByNominalIds: select<PoliceWarningMarkerRow>(
      childSql(
        'police_warning_marker',
        'code, description, date_added AS dateAdded',
      ),
    ),
    findArrestsByNominalIds: select<PoliceArrestRow>(
      childSql(
        'police_arrest',
        `custody_reference AS custodyReference, arrested_on AS arrestedOn, offence,
         offence_category AS offenceCategory, arresting_force AS arrestingForce, outcome`,
      ),
    ),
    findConvictionsByNominalIds: select<PoliceConvictionRow>(
      childSql(
        'police_conviction',
        'convicted_on AS convictedOn, offence, offence_category AS offenceCategory, court, disposal',
      ),
    ),
    findIntelligenceReportsByNominalIds: (nominalIds) =>
      findReports(nominalIds).map(readReport),
    findOcgAffiliationsByNominalIds: select<PoliceOcgAffiliationRow>(
      childSql(
        'police_ocg_affiliation',
        `group_reference AS groupReference, group_name AS groupName, role, threat_score AS threatScore,
         band, mapped_on AS mappedOn, mapped_by AS mappedBy`,
      ),
    ),
    findVehiclesByNominalIds: select<PoliceVehicleRow>(
      childSql(
        'police_vehicle',
        'vrm, make, model, colour, link_type AS linkType, linked_from AS linkedFrom, linked_to AS linkedTo',
      ),
    ),
    findAddressesByNominalIds: select<PoliceAddressRow>(
      childSql(
        'police_address',
        'address, address_type AS type, from_date AS fromDate, to_date AS toDate',
      ),
    ),
    ...createSqlitePoliceSearch(database),
    ...createSqlitePoliceAssociates(database),
    close: () => database.close(),
  };
}

/**
 * Attaches the record-level marking the shared enforcement evaluates for each
 * report. The policy engine checks the marking's shape and fails closed on a
 * malformed one, so the JSON columns are trusted only as far as their type.
 */
function readReport(stored: StoredReport): PoliceIntelligenceReportRow {
  const handlingConditions = JSON.parse(
    stored.handlingConditions,
  ) as HandlingCondition[];
  const consentedAgencies = JSON.parse(stored.consentedAgencies) as Agency[];
  return {
    ...stored,
    handlingConditions,
    consentedAgencies,
    marking: {
      classification: stored.classification,
      handling: stored.handlingCode,
      conditions: handlingConditions,
      originator: stored.originatorAgency,
      consentedAgencies,
    },
  };
}
