import { type SubgraphStore } from '@marsoc/platform/store';
import {
  type PoliceAliasRow,
  type PoliceArrestOutcome,
  type PoliceIntelligenceReportRecord,
  type PoliceNominalRow,
  type PoliceOcgRole,
  type PoliceOffenceCategory,
  type PoliceAddressRow,
  type PoliceSearchName,
  type PoliceVehicleRow,
  type PoliceWarningMarkerCode,
} from './PoliceRepository';

/** Every child table is keyed by its nominal and the row's place in that nominal's record. */
interface NominalChild {
  nominal_id: string;
  position: number;
}

/**
 * The police store's tables as its queries see them (Kysely's database type):
 * column names as stored, in snake_case. Dates are ISO text; a report's
 * handling conditions and consented agencies are JSON text. migrations.ts
 * creates them.
 */
export interface PoliceTables {
  police_nominal: {
    nominal_id: string;
    pnc_id: string;
    cro_number: string;
    forename: string;
    surname: string;
    date_of_birth: string;
    gender: PoliceNominalRow['gender'];
    nationality: string | null;
  };
  police_alias: NominalChild & {
    name: string;
    alias_type: PoliceAliasRow['type'];
  };
  police_warning_marker: NominalChild & {
    code: PoliceWarningMarkerCode;
    description: string;
    date_added: string;
  };
  police_arrest: NominalChild & {
    custody_reference: string;
    arrested_on: string;
    offence: string;
    offence_category: PoliceOffenceCategory;
    arresting_force: string;
    outcome: PoliceArrestOutcome;
  };
  police_conviction: NominalChild & {
    convicted_on: string;
    offence: string;
    offence_category: PoliceOffenceCategory;
    court: string;
    disposal: string;
  };
  police_intelligence_report: NominalChild & {
    reference: string;
    date_recorded: string;
    source_evaluation: PoliceIntelligenceReportRecord['sourceEvaluation'];
    intelligence_assessment: PoliceIntelligenceReportRecord['intelligenceAssessment'];
    handling_code: PoliceIntelligenceReportRecord['handlingCode'];
    handling_conditions: string;
    originator_agency: PoliceIntelligenceReportRecord['originatorAgency'];
    consented_agencies: string;
    classification: PoliceIntelligenceReportRecord['classification'];
    report_text: string;
    sanitised_summary: string;
    source_details: string | null;
  };
  police_ocg_affiliation: NominalChild & {
    group_reference: string;
    group_name: string;
    role: PoliceOcgRole;
    threat_score: number;
    band: string;
    mapped_on: string;
    mapped_by: string;
  };
  police_vehicle: NominalChild & {
    vrm: string;
    make: string;
    model: string;
    colour: string;
    link_type: PoliceVehicleRow['linkType'];
    linked_from: string;
    linked_to: string | null;
  };
  police_address: NominalChild & {
    address: string;
    address_type: PoliceAddressRow['type'];
    from_date: string;
    to_date: string | null;
  };
  /** Every name held for a nominal (its own, then its aliases) as search keys. */
  police_search_name: NominalChild & {
    name_kind: PoliceSearchName['kind'];
    forename_key: string | null;
    surname_key: string;
  };
  /** Another nominal an intelligence report names: a co-mention links the two. */
  police_intelligence_mention: {
    nominal_id: string;
    report_position: number;
    associate_id: string;
  };
}

/** The store on either dialect, as the repository queries it. */
export type PoliceStore = Pick<SubgraphStore<PoliceTables>, 'db' | 'dialect'>;
