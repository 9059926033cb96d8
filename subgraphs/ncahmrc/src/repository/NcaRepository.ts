import { type RecordMarking } from '@marsoc/schema';

/** The NCA's overt record of a nominal. */
export interface NcaRecordRow {
  nominalId: string;
  ncaReference: string;
}

export type NcaOcgTier = 'TIER_1' | 'TIER_2' | 'TIER_3';

export type NcaThreatArea =
  | 'DRUGS'
  | 'FIREARMS'
  | 'ORGANISED_IMMIGRATION_CRIME'
  | 'MODERN_SLAVERY_AND_HUMAN_TRAFFICKING'
  | 'MONEY_LAUNDERING'
  | 'FRAUD'
  | 'CYBER_CRIME'
  | 'ORGANISED_ACQUISITIVE_CRIME';

export interface NcaOcgTieringRow {
  nominalId: string;
  groupName: string;
  tier: NcaOcgTier;
  threatArea: NcaThreatArea;
  nationalPriority: boolean;
  assessedOn: string;
}

export type NcaReportingSector =
  | 'BANK'
  | 'BUILDING_SOCIETY'
  | 'MONEY_SERVICE_BUSINESS'
  | 'ACCOUNTANT'
  | 'SOLICITOR'
  | 'ESTATE_AGENT'
  | 'GAMBLING_OPERATOR'
  | 'HIGH_VALUE_DEALER'
  | 'CRYPTOASSET_BUSINESS';

export type NcaSarReasonCode =
  | 'CASH_INCONSISTENT_WITH_PROFILE'
  | 'STRUCTURED_DEPOSITS'
  | 'THIRD_PARTY_PAYMENTS'
  | 'RAPID_MOVEMENT_OF_FUNDS'
  | 'CRYPTOASSET_CONVERSION'
  | 'PROPERTY_PURCHASE_UNEXPLAINED_FUNDS'
  | 'DEFENCE_AGAINST_MONEY_LAUNDERING_REQUEST';

/** A SAR: its own marking restricts it further than the field's (per record). */
export interface NcaSuspiciousActivityReportRow {
  nominalId: string;
  reference: string;
  submittedOn: string;
  reportingSector: NcaReportingSector;
  amount: number;
  reasonCode: NcaSarReasonCode;
  marking: RecordMarking;
}

export type NcaCovertInterestType =
  'COVERT_INVESTIGATION' | 'INTELLIGENCE_DEVELOPMENT' | 'SURVEILLANCE';

/** A covert interest: `marking.covert` makes it NCND outside the NCA. */
export interface NcaCovertInterestRow {
  nominalId: string;
  operationName: string;
  interestType: NcaCovertInterestType;
  owningCommand: string;
  recordedOn: string;
  marking: RecordMarking;
}

/** "Contact the NCA before acting": never why. */
export interface NcaDeconflictionRow {
  nominalId: string;
  contactBeforeAction: boolean;
  route: string;
}

/**
 * The NCA's half of the store. Batch reads only: each takes many nominal ids and
 * returns the rows of those it holds (nothing for ids it does not).
 */
export interface NcaRepository {
  findNcaRecordsByNominalIds(ids: readonly string[]): Promise<NcaRecordRow[]>;
  findOcgTieringsByNominalIds(
    ids: readonly string[],
  ): Promise<NcaOcgTieringRow[]>;
  findSuspiciousActivityReportsByNominalIds(
    ids: readonly string[],
  ): Promise<NcaSuspiciousActivityReportRow[]>;
  findCovertInterestsByNominalIds(
    ids: readonly string[],
  ): Promise<NcaCovertInterestRow[]>;
  findDeconflictionsByNominalIds(
    ids: readonly string[],
  ): Promise<NcaDeconflictionRow[]>;
}
