/**
 * What HMRC holds about a nominal, as plain rows. Every row names its nominal so
 * the shared enforcement can judge it (and case-specific grants) per nominal.
 */
export interface HmrcRecordRow {
  nominalId: string;
  taxReference: string;
}

export interface HmrcSelfAssessmentRow {
  nominalId: string;
  /** e.g. "2022-23". */
  taxYear: string;
  declaredIncome: number;
  taxDue: number;
  filedOn: string | null;
}

export type HmrcCompanyRole =
  'DIRECTOR' | 'SECRETARY' | 'PERSON_WITH_SIGNIFICANT_CONTROL';

export interface HmrcDirectorshipRow {
  nominalId: string;
  companyName: string;
  companyNumber: string;
  role: HmrcCompanyRole;
  appointedOn: string;
  resignedOn: string | null;
}

export type HmrcVatStatus = 'REGISTERED' | 'DEREGISTERED';

export interface HmrcVatRegistrationRow {
  nominalId: string;
  vatNumber: string;
  tradingName: string;
  registeredOn: string;
  status: HmrcVatStatus;
}

export type HmrcAssetType = 'PROPERTY' | 'VEHICLE' | 'BANK_ACCOUNT' | 'CRYPTO';

export interface HmrcAssetRow {
  nominalId: string;
  assetType: HmrcAssetType;
  description: string;
  estimatedValue: number;
  acquiredOn: string;
}

export type HmrcInvestigationType = 'CIVIL' | 'CRIMINAL';

export type HmrcInvestigationStatus =
  'OPEN' | 'EVIDENCE_GATHERING' | 'REFERRED_FOR_PROSECUTION';

export interface HmrcInvestigationRow {
  nominalId: string;
  reference: string;
  investigationType: HmrcInvestigationType;
  openedOn: string;
  status: HmrcInvestigationStatus;
}

/**
 * HMRC's half of the store. Batch reads only: each takes many nominal ids and
 * returns the rows of those it holds (nothing for ids it does not), ordered
 * within a nominal as the schema documents.
 */
export interface HmrcRepository {
  findHmrcRecordsByNominalIds(ids: readonly string[]): Promise<HmrcRecordRow[]>;
  findSelfAssessmentsByNominalIds(
    ids: readonly string[],
  ): Promise<HmrcSelfAssessmentRow[]>;
  findDirectorshipsByNominalIds(
    ids: readonly string[],
  ): Promise<HmrcDirectorshipRow[]>;
  findVatRegistrationsByNominalIds(
    ids: readonly string[],
  ): Promise<HmrcVatRegistrationRow[]>;
  findAssetsByNominalIds(ids: readonly string[]): Promise<HmrcAssetRow[]>;
  findInvestigationsByNominalIds(
    ids: readonly string[],
  ): Promise<HmrcInvestigationRow[]>;
}
