import {
  type Agency,
  type Classification,
  type HandlingCode,
  type HandlingCondition,
  type IntelligenceAssessment,
  type RecordMarking,
  type SourceEvaluation,
} from '@marsoc/schema';

/** Every row belongs to one nominal: the shared enforcement reads `nominalId`. */
interface NominalOwned {
  nominalId: string;
}

/** The PNC nominal record: who the police say the nominal is. */
export interface PoliceNominalRow extends NominalOwned {
  pncId: string;
  croNumber: string;
  forename: string;
  surname: string;
  dateOfBirth: string;
  gender: 'MALE' | 'FEMALE';
  nationality: string | null;
}

/** The link from one police identifier (a PNC ID or CRO number) to the nominal. */
export interface PoliceIdentifierLink extends NominalOwned {
  identifier: string;
}

export interface PoliceAliasRow extends NominalOwned {
  name: string;
  type: 'NICKNAME' | 'ALIAS_NAME';
}

/** PNC warning signal codes: the two letters officers see before they deal with someone. */
export type PoliceWarningMarkerCode =
  'AT' | 'CO' | 'DR' | 'ES' | 'FI' | 'MH' | 'SU' | 'VI' | 'WE' | 'XP';

export interface PoliceWarningMarkerRow extends NominalOwned {
  code: PoliceWarningMarkerCode;
  description: string;
  dateAdded: string;
}

export type PoliceOffenceCategory =
  | 'DRUGS'
  | 'WEAPONS'
  | 'VIOLENCE'
  | 'ACQUISITIVE'
  | 'FRAUD'
  | 'MONEY_LAUNDERING'
  | 'EXPLOITATION'
  | 'PRISON'
  | 'PUBLIC_ORDER'
  | 'MOTORING';

export type PoliceArrestOutcome =
  | 'CHARGED'
  | 'RELEASED_UNDER_INVESTIGATION'
  | 'BAILED'
  | 'NO_FURTHER_ACTION'
  | 'CAUTIONED';

export interface PoliceArrestRow extends NominalOwned {
  custodyReference: string;
  arrestedOn: string;
  offence: string;
  offenceCategory: PoliceOffenceCategory;
  arrestingForce: string;
  outcome: PoliceArrestOutcome;
}

export interface PoliceConvictionRow extends NominalOwned {
  convictedOn: string;
  offence: string;
  offenceCategory: PoliceOffenceCategory;
  court: string;
  disposal: string;
}

/** An intelligence report as stored: its grading, handling and both forms of its text. */
export interface PoliceIntelligenceReportRecord extends NominalOwned {
  reference: string;
  dateRecorded: string;
  sourceEvaluation: SourceEvaluation;
  intelligenceAssessment: IntelligenceAssessment;
  handlingCode: HandlingCode;
  handlingConditions: readonly HandlingCondition[];
  originatorAgency: Agency;
  /** Agencies the originator has agreed may receive a consent-required record. */
  consentedAgencies: readonly Agency[];
  classification: Classification;
  text: string;
  /** Written by the originator for sharing where the source must be protected. */
  sanitisedSummary: string;
  sourceDetails: string | null;
}

/** A report as read: with the record-level marking the enforcement evaluates per record. */
export interface PoliceIntelligenceReportRow extends PoliceIntelligenceReportRecord {
  marking: RecordMarking;
}

export type PoliceOcgRole = 'PRINCIPAL' | 'SIGNIFICANT' | 'PERIPHERAL';

export interface PoliceOcgAffiliationRow extends NominalOwned {
  groupReference: string;
  groupName: string;
  role: PoliceOcgRole;
  threatScore: number;
  band: string;
  mappedOn: string;
  mappedBy: string;
}

export interface PoliceVehicleRow extends NominalOwned {
  vrm: string;
  make: string;
  model: string;
  colour: string;
  linkType: 'REGISTERED_KEEPER' | 'DRIVER' | 'PASSENGER';
  linkedFrom: string;
  linkedTo: string | null;
}

export interface PoliceAddressRow extends NominalOwned {
  address: string;
  type: 'HOME' | 'ASSOCIATED';
  fromDate: string;
  toDate: string | null;
}

/**
 * What the police hold about nominals. Every method takes many keys and answers
 * in one store call (the loaders batch a request's lookups into it); keys
 * nothing is held for are simply absent from the result.
 */
export interface PoliceRepository {
  findNominalsByIds(nominalIds: readonly string[]): PoliceNominalRow[];
  /** Only identifiers that name exactly one nominal: an ambiguous link is no link. */
  findNominalIdsByPncIds(pncIds: readonly string[]): PoliceIdentifierLink[];
  findNominalIdsByCroNumbers(
    croNumbers: readonly string[],
  ): PoliceIdentifierLink[];
  findAliasesByNominalIds(nominalIds: readonly string[]): PoliceAliasRow[];
  findWarningMarkersByNominalIds(
    nominalIds: readonly string[],
  ): PoliceWarningMarkerRow[];
  findArrestsByNominalIds(nominalIds: readonly string[]): PoliceArrestRow[];
  findConvictionsByNominalIds(
    nominalIds: readonly string[],
  ): PoliceConvictionRow[];
  findIntelligenceReportsByNominalIds(
    nominalIds: readonly string[],
  ): PoliceIntelligenceReportRow[];
  findOcgAffiliationsByNominalIds(
    nominalIds: readonly string[],
  ): PoliceOcgAffiliationRow[];
  findVehiclesByNominalIds(nominalIds: readonly string[]): PoliceVehicleRow[];
  findAddressesByNominalIds(nominalIds: readonly string[]): PoliceAddressRow[];
  close(): void;
}
