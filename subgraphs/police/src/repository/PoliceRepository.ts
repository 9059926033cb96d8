import { type StoreUpkeep } from '@marsoc/platform/store';
import { type OwnerDisclosureStore } from '@marsoc/platform/disclosure-requests';
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

/** What a search asks the store; at least one of its criteria is set. */
export interface PoliceSearchQuery {
  /** The search's canonical criteria, echoed on each candidate. */
  key: string;
  /** Name keys to compare with held surnames and nicknames (see search/nameMatching). */
  names: readonly string[];
  dateOfBirth: string | null;
  pncId: string | null;
  croNumber: string | null;
}

/** A name police hold for a nominal, reduced to search keys. */
export interface PoliceSearchName {
  kind: 'NAME' | 'ALIAS';
  /** Null for a nickname, which is one word. */
  forename: string | null;
  surname: string;
}

/** A nominal a search may match, with everything needed to score it. */
export interface PoliceSearchCandidate extends NominalOwned {
  queryKey: string;
  pncId: string;
  croNumber: string;
  dateOfBirth: string;
  names: PoliceSearchName[];
}

export type PoliceAssociateLinkType =
  'INTELLIGENCE_CO_MENTION' | 'OCG_CO_MEMBER';

/**
 * A link from a nominal to an associate. One drawn from an intelligence
 * report carries that report's record marking, so its handling conditions
 * decide whether the link may be seen at all.
 */
export interface PoliceAssociateLinkRow extends NominalOwned {
  associateId: string;
  linkType: PoliceAssociateLinkType;
  sourceAgency: 'POLICE';
  /** ISO date: the report's date, or when the later of the two was mapped to the group. */
  since: string;
  reportReference: string | null;
  groupReference: string | null;
  marking?: RecordMarking;
}

/**
 * What the police hold about nominals. Every method takes many keys and answers
 * in one store query (the loaders batch a request's lookups into it), on
 * either dialect; keys nothing is held for are simply absent from the result.
 */
export interface PoliceRepository extends StoreUpkeep {
  /** The force's case-specific disclosures and the requests for them, beside its data. */
  readonly disclosures: OwnerDisclosureStore;
  findNominalsByIds(nominalIds: readonly string[]): Promise<PoliceNominalRow[]>;
  /** Only identifiers that name exactly one nominal: an ambiguous link is no link. */
  findNominalIdsByPncIds(
    pncIds: readonly string[],
  ): Promise<PoliceIdentifierLink[]>;
  findNominalIdsByCroNumbers(
    croNumbers: readonly string[],
  ): Promise<PoliceIdentifierLink[]>;
  findAliasesByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PoliceAliasRow[]>;
  findWarningMarkersByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PoliceWarningMarkerRow[]>;
  findArrestsByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PoliceArrestRow[]>;
  findConvictionsByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PoliceConvictionRow[]>;
  findIntelligenceReportsByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PoliceIntelligenceReportRow[]>;
  findOcgAffiliationsByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PoliceOcgAffiliationRow[]>;
  findVehiclesByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PoliceVehicleRow[]>;
  findAddressesByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PoliceAddressRow[]>;
  /** Nominals each search may match (a bounded set, exact surnames first); one call per batch of searches. */
  findSearchCandidates(
    queries: readonly PoliceSearchQuery[],
  ): Promise<PoliceSearchCandidate[]>;
  /** Intelligence co-mentions (either side) and OCG co-membership, newest first per nominal. */
  findAssociateLinksByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PoliceAssociateLinkRow[]>;
}
