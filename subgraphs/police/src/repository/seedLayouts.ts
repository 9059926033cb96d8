import { type SeedValue } from '@marsoc/platform/store';
import { listSearchNames } from './searchNames';
import { type PoliceRecordSet } from '../synthetic/generatePoliceRecords';

/** How one table's rows are taken from a nominal's record set (column order = value order). */
export interface TableLayout {
  table: string;
  columns: readonly string[];
  valuesOf(records: PoliceRecordSet): SeedValue[][];
}

/** A column list written as it would be in SQL. */
function columnsOf(list: string): string[] {
  return list.split(', ');
}

/** Child rows keep their position, so a nominal's records read back in the order seeded. */
export const POLICE_TABLES: readonly TableLayout[] = [
  {
    table: 'police_nominal',
    columns: columnsOf(
      'nominal_id, pnc_id, cro_number, forename, surname, date_of_birth, gender, nationality',
    ),
    valuesOf: ({ nominal }) => [
      [
        nominal.nominalId,
        nominal.pncId,
        nominal.croNumber,
        nominal.forename,
        nominal.surname,
        nominal.dateOfBirth,
        nominal.gender,
        nominal.nationality,
      ],
    ],
  },
  {
    table: 'police_alias',
    columns: columnsOf('nominal_id, position, name, alias_type'),
    valuesOf: ({ aliases }) =>
      aliases.map((alias, position) => [
        alias.nominalId,
        position,
        alias.name,
        alias.type,
      ]),
  },
  {
    table: 'police_warning_marker',
    columns: columnsOf('nominal_id, position, code, description, date_added'),
    valuesOf: ({ warningMarkers }) =>
      warningMarkers.map((marker, position) => [
        marker.nominalId,
        position,
        marker.code,
        marker.description,
        marker.dateAdded,
      ]),
  },
  {
    table: 'police_arrest',
    columns: columnsOf(
      'nominal_id, position, custody_reference, arrested_on, offence, offence_category, arresting_force, outcome',
    ),
    valuesOf: ({ arrests }) =>
      arrests.map((arrest, position) => [
        arrest.nominalId,
        position,
        arrest.custodyReference,
        arrest.arrestedOn,
        arrest.offence,
        arrest.offenceCategory,
        arrest.arrestingForce,
        arrest.outcome,
      ]),
  },
  {
    table: 'police_conviction',
    columns: columnsOf(
      'nominal_id, position, convicted_on, offence, offence_category, court, disposal',
    ),
    valuesOf: ({ convictions }) =>
      convictions.map((conviction, position) => [
        conviction.nominalId,
        position,
        conviction.convictedOn,
        conviction.offence,
        conviction.offenceCategory,
        conviction.court,
        conviction.disposal,
      ]),
  },
  {
    table: 'police_intelligence_report',
    columns: columnsOf(
      'nominal_id, position, reference, date_recorded, source_evaluation, intelligence_assessment, handling_code, handling_conditions, originator_agency, consented_agencies, classification, report_text, sanitised_summary, source_details',
    ),
    valuesOf: ({ intelligenceReports }) =>
      intelligenceReports.map((report, position) => [
        report.nominalId,
        position,
        report.reference,
        report.dateRecorded,
        report.sourceEvaluation,
        report.intelligenceAssessment,
        report.handlingCode,
        JSON.stringify(report.handlingConditions),
        report.originatorAgency,
        JSON.stringify(report.consentedAgencies),
        report.classification,
        report.text,
        report.sanitisedSummary,
        report.sourceDetails,
      ]),
  },
  {
    table: 'police_ocg_affiliation',
    columns: columnsOf(
      'nominal_id, position, group_reference, group_name, role, threat_score, band, mapped_on, mapped_by',
    ),
    valuesOf: ({ ocgAffiliations }) =>
      ocgAffiliations.map((affiliation, position) => [
        affiliation.nominalId,
        position,
        affiliation.groupReference,
        affiliation.groupName,
        affiliation.role,
        affiliation.threatScore,
        affiliation.band,
        affiliation.mappedOn,
        affiliation.mappedBy,
      ]),
  },
  {
    table: 'police_vehicle',
    columns: columnsOf(
      'nominal_id, position, vrm, make, model, colour, link_type, linked_from, linked_to',
    ),
    valuesOf: ({ vehicles }) =>
      vehicles.map((vehicle, position) => [
        vehicle.nominalId,
        position,
        vehicle.vrm,
        vehicle.make,
        vehicle.model,
        vehicle.colour,
        vehicle.linkType,
        vehicle.linkedFrom,
        vehicle.linkedTo,
      ]),
  },
  {
    table: 'police_address',
    columns: columnsOf(
      'nominal_id, position, address, address_type, from_date, to_date',
    ),
    valuesOf: ({ addresses }) =>
      addresses.map((address, position) => [
        address.nominalId,
        position,
        address.address,
        address.type,
        address.fromDate,
        address.toDate,
      ]),
  },
  {
    table: 'police_search_name',
    columns: columnsOf(
      'nominal_id, position, name_kind, forename_key, surname_key',
    ),
    valuesOf: ({ nominal, aliases }) =>
      listSearchNames(nominal, aliases).map((name, position) => [
        nominal.nominalId,
        position,
        name.kind,
        name.forename,
        name.surname,
      ]),
  },
];
