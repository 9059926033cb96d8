import { type SubgraphStore } from '@marsoc/platform/store';
import {
  type HmrcAssetType,
  type HmrcCompanyRole,
  type HmrcInvestigationStatus,
  type HmrcInvestigationType,
  type HmrcVatStatus,
} from './HmrcRepository';
import {
  type NcaCovertInterestType,
  type NcaOcgTier,
  type NcaReportingSector,
  type NcaSarReasonCode,
  type NcaThreatArea,
} from './NcaRepository';

/**
 * The NCA/HMRC store's tables as its queries see them (Kysely's database
 * type): column names as stored, in snake_case. Dates are ISO text; money is
 * whole pounds; a closed list's column holds its names, as the seed writes
 * them. migrations.ts creates them.
 */
export interface NcaHmrcTables {
  hmrc_taxpayer: { nominal_id: string; tax_reference: string };
  hmrc_self_assessment: {
    nominal_id: string;
    tax_year: string;
    declared_income: number;
    tax_due: number;
    filed_on: string | null;
  };
  hmrc_directorship: {
    nominal_id: string;
    position: number;
    company_number: string;
    company_name: string;
    role: HmrcCompanyRole;
    appointed_on: string;
    resigned_on: string | null;
  };
  hmrc_vat_registration: {
    nominal_id: string;
    vat_number: string;
    trading_name: string;
    registered_on: string;
    status: HmrcVatStatus;
  };
  hmrc_asset: {
    nominal_id: string;
    position: number;
    asset_type: HmrcAssetType;
    description: string;
    estimated_value: number;
    acquired_on: string;
  };
  hmrc_investigation: {
    nominal_id: string;
    reference: string;
    investigation_type: HmrcInvestigationType;
    opened_on: string;
    status: HmrcInvestigationStatus;
  };
  nca_subject: { nominal_id: string; nca_reference: string };
  nca_ocg_tiering: {
    nominal_id: string;
    group_name: string;
    tier: NcaOcgTier;
    threat_area: NcaThreatArea;
    assessed_on: string;
  };
  nca_suspicious_activity_report: {
    nominal_id: string;
    position: number;
    reference: string;
    submitted_on: string;
    reporting_sector: NcaReportingSector;
    amount: number;
    reason_code: NcaSarReasonCode;
    classification: string;
    restricted_to: string;
  };
  nca_covert_interest: {
    nominal_id: string;
    operation_name: string;
    interest_type: NcaCovertInterestType;
    owning_command: string;
    recorded_on: string;
  };
  nca_deconfliction: { nominal_id: string; route: string };
}

export type NcaHmrcTable = keyof NcaHmrcTables;

/** The store on either dialect, as the repositories query it. */
export type NcaHmrcStore = Pick<SubgraphStore<NcaHmrcTables>, 'db' | 'dialect'>;
