import { type Agency, type Region } from '@marsoc/schema';
import {
  type CohortStatus,
  type Confidence,
  type DisruptionAssessment,
  type FourPCategory,
  type ModerationStatus,
  type SupervisionStatus,
  type ThreatPhase,
  type ThreatType,
} from './apmisVocabulary';

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

/** A MARSOC nomination and where it stands. */
export interface CohortMembershipRow {
  nominalId: string;
  status: CohortStatus;
  region: Region;
  nominatingAgency: Agency;
  supervisionAtNomination: SupervisionStatus;
  cycleNominated: number;
  cycleDeselected: number | null;
}

/**
 * APMIS reads. Every `find…ByNominalIds` method is one batch: it returns the rows
 * of every requested nominal that has any, nothing for ids it does not hold, and
 * list rows ordered by nominal, then date, then id. The cohort workflow's writes
 * and the reporting counts are added here when they are built.
 */
export interface ApmisRepository {
  findNominalRecordsByNominalIds(
    nominalIds: readonly string[],
  ): ApmisNominalRow[];
  findSocThreatsByNominalIds(
    nominalIds: readonly string[],
  ): ApmisSocThreatRow[];
  findDisruptionsByNominalIds(
    nominalIds: readonly string[],
  ): ApmisDisruptionRow[];
  findCohortMembershipsByNominalIds(
    nominalIds: readonly string[],
  ): CohortMembershipRow[];
  /** Ids of the current cohort (status SELECTED), in one region or all, by id. */
  findCurrentCohortNominalIds(region: Region | null): string[];
  close(): void;
}
