import { type OwnerDisclosureStore } from '@marsoc/platform/disclosure-requests';
import { type StoreUpkeep } from '@marsoc/platform/store';
import { type RecordMarking } from '@marsoc/schema';
import {
  type PrisonAdjudicationFinding,
  type PrisonCustodyStatus,
  type PrisonMovementReason,
  type PrisonSecurityCategory,
  type PrisonSeizedItemType,
  type PrisonVisitType,
  type ProbationLicenceConditionType,
  type ProbationRoshLevel,
  type ProbationSupervisionStatus,
  type ProbationSupervisionType,
} from './codes';

/*
 * Rows as the HMPPS store holds them: plain data, no GraphQL. Every row names
 * the nominal it belongs to (`nominalId`), which the shared enforcement reads
 * to judge grants and record disclosures per nominal. Dates are ISO yyyy-mm-dd.
 */

export interface PrisonSentenceRow {
  nominalId: string;
  offence: string;
  lengthInMonths: number;
  sentenceDate: string;
  sentencingCourt: string;
}

export interface PrisonCustodyRow {
  nominalId: string;
  prisonNumber: string;
  status: PrisonCustodyStatus;
  /** The current establishment, or the one released from. */
  establishment: string;
  /** The MARSOC region the establishment is in. */
  establishmentRegion: string;
  securityCategory: PrisonSecurityCategory;
  receptionDate: string;
  earliestReleaseDate: string | null;
  licenceExpiryDate: string | null;
  /** Null while on remand: nothing has been sentenced yet. */
  sentence: PrisonSentenceRow | null;
}

export interface PrisonMovementRow {
  nominalId: string;
  movementDate: string;
  fromLocation: string;
  toLocation: string;
  reason: PrisonMovementReason;
}

export interface PrisonAdjudicationRow {
  nominalId: string;
  adjudicationDate: string;
  establishment: string;
  charge: string;
  finding: PrisonAdjudicationFinding;
  punishment: string | null;
}

export interface PrisonSeizureRow {
  nominalId: string;
  seizureDate: string;
  itemType: PrisonSeizedItemType;
  establishment: string;
  location: string;
  description: string;
  /**
   * Present on finds referred to the HMPPS Counter-Corruption Unit: their
   * existence could alert a corrupt member of staff (seed 000 E470), so each is
   * judged on its own classification and handling conditions.
   */
  marking?: RecordMarking;
}

export interface PrisonVisitRow {
  nominalId: string;
  visitDate: string;
  visitorName: string;
  relationship: string;
  visitType: PrisonVisitType;
}

export interface PrisonPhoneContactRow {
  nominalId: string;
  phoneNumber: string;
  contactName: string;
  relationship: string;
  approved: boolean;
}

export interface ProbationSupervisionRow {
  nominalId: string;
  crn: string;
  status: ProbationSupervisionStatus;
  probationRegion: string;
  offenderManager: string;
  team: string;
  /** Null before sentence: no order or licence exists yet. */
  supervisionType: ProbationSupervisionType | null;
  startDate: string;
  endDate: string | null;
}

export interface ProbationLicenceConditionRow {
  nominalId: string;
  conditionType: ProbationLicenceConditionType;
  description: string;
}

export interface ProbationRiskRow {
  nominalId: string;
  /** Null when the nominal is not managed under MAPPA. */
  mappaLevel: number | null;
  mappaCategory: number | null;
  roshLevel: ProbationRoshLevel;
  assessedOn: string;
}

/** An agency reference (prison number or CRN) and the nominal it belongs to. */
export interface NominalReferenceRow {
  reference: string;
  nominalId: string;
}

/** An HMPPS reference a search asked for, and whose it is. */
export interface HmppsReferenceMatchRow {
  reference: string;
  kind: 'PRISON_NUMBER' | 'CRN';
  nominalId: string;
}

export type PrisonAssociateLinkType = 'VISIT' | 'PHONE_CONTACT';

/**
 * A nominal of the population who visited the nominal in prison, or is on
 * their PIN phone list: the visitor or contact matched to a known nominal.
 */
export interface PrisonAssociateLinkRow {
  nominalId: string;
  associateId: string;
  linkType: PrisonAssociateLinkType;
  sourceAgency: 'HMPPS';
  /** First visit, or when the number was added to the PIN list. */
  since: string;
  /** Latest visit or call. */
  lastContact: string;
  establishment: string;
}

/** The movements a cohort feed asks for: of these nominals, from `since` to `until`. */
export interface CohortMovementQuery {
  key: string;
  nominalIds: readonly string[];
  since: string;
  until: string;
}

export interface CohortMovementRow extends PrisonMovementRow {
  queryKey: string;
}

/**
 * What the HMPPS subgraph reads, on either dialect of its store. Every method
 * takes a batch of keys and makes one store call; unknown keys contribute
 * nothing. Lists come back ordered by
 * nominal and then date, oldest first.
 */
export interface HmppsRepository extends StoreUpkeep {
  /** HMPPS's case-specific disclosures and the requests for them, beside its data. */
  readonly disclosures: OwnerDisclosureStore;
  findCustodyByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PrisonCustodyRow[]>;
  findMovementsByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PrisonMovementRow[]>;
  findAdjudicationsByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PrisonAdjudicationRow[]>;
  findSeizuresByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PrisonSeizureRow[]>;
  findVisitsByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PrisonVisitRow[]>;
  findPhoneContactsByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PrisonPhoneContactRow[]>;
  findProbationByNominalIds(
    nominalIds: readonly string[],
  ): Promise<ProbationSupervisionRow[]>;
  findLicenceConditionsByNominalIds(
    nominalIds: readonly string[],
  ): Promise<ProbationLicenceConditionRow[]>;
  findRiskByNominalIds(
    nominalIds: readonly string[],
  ): Promise<ProbationRiskRow[]>;
  /** Every nominal holding each prison number (more than one means the number is ambiguous). */
  findNominalIdsByPrisonNumbers(
    prisonNumbers: readonly string[],
  ): Promise<NominalReferenceRow[]>;
  /** Every nominal holding each CRN (more than one means the CRN is ambiguous). */
  findNominalIdsByCrns(crns: readonly string[]): Promise<NominalReferenceRow[]>;
  /** Holders of each reference, as a prison number or a CRN: one call for a request's searches. */
  findReferenceMatches(
    references: readonly string[],
  ): Promise<HmppsReferenceMatchRow[]>;
  /** Newest contact first within each nominal. */
  findAssociateLinksByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PrisonAssociateLinkRow[]>;
  /** Transfers, releases and recalls in each feed's window, oldest first: one call per request. */
  findCohortMovements(
    queries: readonly CohortMovementQuery[],
  ): Promise<CohortMovementRow[]>;
}
