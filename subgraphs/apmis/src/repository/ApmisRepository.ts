import { type OwnerDisclosureStore } from '@marsoc/platform/disclosure-requests';
import { type StoreUpkeep } from '@marsoc/platform/store';
import { type Agency, type Region } from '@marsoc/schema';
import {
  type Confidence,
  type DisruptionAssessment,
  type FourPCategory,
  type ModerationStatus,
  type ThreatPhase,
  type ThreatType,
} from './apmisVocabulary';
import {
  type CohortEventRow,
  type CohortFourPPlanRow,
  type CohortMembershipRow,
  type CohortTpmActionRow,
} from './CohortRows';
import { type ApmisWrites } from './ApmisWrites';
import { type CycleReads } from './CycleStore';
import { type PerformanceReports } from './PerformanceReports';
import { type SearchRateLimiter } from '../search/SearchRateLimiter';

export type {
  CohortEventRow,
  CohortFourPPlanRow,
  CohortMembershipRow,
  CohortTpmActionRow,
};

/** A nominal's entry on the SOC master list. */
export interface ApmisNominalRow {
  nominalId: string;
  apmisReference: string;
  /** As recorded on the master list: `SURNAME, Forename`. */
  name: string;
  dateOfBirth: string;
  region: Region;
  /** The force or ROCU that owns the entry. */
  owningUnit: string;
}

/** A SOC threat assessment on the master list (an opinion, DPA 2018 s.38(3)). */
export interface ApmisSocThreatRow {
  id: string;
  nominalId: string;
  threatType: ThreatType;
  threatArea: string;
  morileScore: number;
  morileConfidence: Confidence;
  /** 1 is the highest harm. */
  tier: number;
  moderationStatus: ModerationStatus;
  owningUnit: string;
  phase: ThreatPhase;
  assessedOn: string;
}

/** A disruption recorded on APMIS (seed 000 E545-E549). */
export interface ApmisDisruptionRow {
  id: string;
  nominalId: string;
  date: string;
  leadAgency: Agency;
  supportingAgencies: Agency[];
  recordingAgency: Agency;
  fourP: FourPCategory;
  assessment: DisruptionAssessment;
  description: string;
  /** Recorded against MARSOC; only these count in MARSOC reporting (E547). */
  marsocFlag: boolean;
  arrests: number;
}

/** What a search asks the master list; at least one of its criteria is set. */
export interface ApmisSearchQuery {
  /** The search's canonical criteria, echoed on each candidate. */
  key: string;
  /** Name keys to compare with held surnames (see search/nameMatching). */
  names: readonly string[];
  dateOfBirth: string | null;
  apmisReference: string | null;
}

/** A master-list entry a search may match, with what is needed to score it. */
export interface ApmisSearchCandidate {
  queryKey: string;
  nominalId: string;
  apmisReference: string;
  dateOfBirth: string;
  forenameKey: string | null;
  surnameKey: string;
}

/** What changed for a region's cohort from `since` to `until` (both yyyy-mm-dd). */
export interface CohortChangeQuery {
  key: string;
  region: Region;
  since: string;
  until: string;
}

export interface CohortChangeRows {
  key: string;
  /** The region's current cohort (status SELECTED), by id. */
  nominalIds: string[];
  /** Joins, transfers in or out, deselections and exits, oldest first. */
  events: CohortEventRow[];
  /** Disruptions recorded against the current cohort in the window, oldest first. */
  disruptions: ApmisDisruptionRow[];
}

/**
 * APMIS reads, the cohort workflow's store and the performance counts. The
 * reads run on either dialect (createApmisReads). Every
 * `find…By…Ids` method is one batch: it returns the rows of every requested id
 * that has any, nothing for ids it does not hold, and list rows ordered by
 * nominal (or nomination), then date, then id.
 */
export interface ApmisRepository extends StoreUpkeep {
  findNominalRecordsByNominalIds(
    nominalIds: readonly string[],
  ): Promise<ApmisNominalRow[]>;
  findSocThreatsByNominalIds(
    nominalIds: readonly string[],
  ): Promise<ApmisSocThreatRow[]>;
  findDisruptionsByNominalIds(
    nominalIds: readonly string[],
  ): Promise<ApmisDisruptionRow[]>;
  /** Each nominal's latest nomination. */
  findCohortMembershipsByNominalIds(
    nominalIds: readonly string[],
  ): Promise<CohortMembershipRow[]>;
  findFourPPlansByNominationIds(
    nominationIds: readonly string[],
  ): Promise<CohortFourPPlanRow[]>;
  findTpmActionsByNominationIds(
    nominationIds: readonly string[],
  ): Promise<CohortTpmActionRow[]>;
  /** Oldest first. */
  findCohortEventsByNominationIds(
    nominationIds: readonly string[],
  ): Promise<CohortEventRow[]>;
  /** Ids of the current cohort (status SELECTED), in one region or all, by id. */
  findCurrentCohortNominalIds(region: Region | null): Promise<string[]>;
  /**
   * Every write (the cohort workflow, meetings, the cycle's hand-offs, alerts):
   * one serializable transaction over stores made on it.
   */
  readonly writes: ApmisWrites;
  /** Aggregate counts for performance reporting. */
  readonly performance: PerformanceReports;
  /** MARSOC's case-specific disclosures and the requests for them, beside its data. */
  readonly disclosures: OwnerDisclosureStore;
  /** The cycle's disruptions and hand-offs, as the resolvers read them. */
  readonly cycleStore: CycleReads;
  /** Master-list entries a batch of searches may match (bounded, exact surnames first). */
  findSearchCandidates(
    queries: readonly ApmisSearchQuery[],
  ): Promise<ApmisSearchCandidate[]>;
  /** A batch of cohort change feeds, one result per query in order. */
  findCohortChanges(
    queries: readonly CohortChangeQuery[],
  ): Promise<CohortChangeRows[]>;
  /** Each caller's allowance of searches (kept with the store: it outlives requests). */
  readonly searchRateLimiter: SearchRateLimiter;
}
