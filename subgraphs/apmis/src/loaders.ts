import DataLoader from 'dataloader';
import { createListLoader, createRowLoader } from '@marsoc/platform';
import {
  createDisclosureLoaders,
  type DisclosureLoaders,
} from '@marsoc/platform/disclosure-requests';
import { type Region } from '@marsoc/schema';
import {
  type ApmisDisruptionRow,
  type ApmisNominalRow,
  type ApmisRepository,
  type ApmisSocThreatRow,
  type CohortChangeQuery,
  type CohortChangeRows,
  type CohortEventRow,
  type CohortFourPPlanRow,
  type CohortMembershipRow,
  type CohortTpmActionRow,
} from './repository/ApmisRepository';
import { MARSOC_DESK } from './disclosureDesk';
import { type ApmisWrites } from './repository/ApmisWrites';
import { type CycleLoaders, createCycleLoaders } from './cycleLoaders';
import { type MeetingRow } from './repository/MeetingRows';
import { type PerformanceReports } from './repository/PerformanceReports';
import {
  type ApmisSearchMatchRow,
  createApmisSearchLoader,
} from './search/createApmisSearchLoader';
import { type SearchRateLimiter } from './search/SearchRateLimiter';

/** The whole cohort, or one region's part of it. */
export type CohortScope = Region | 'ALL';

/**
 * One loader per APMIS lookup; created per request, never shared between
 * callers. The cohort store and the performance counts are passed through as
 * they are: writes and aggregates are not batched.
 */
export interface ApmisLoaders extends DisclosureLoaders {
  nominalRecord: DataLoader<string, ApmisNominalRow | null>;
  socThreats: DataLoader<string, ApmisSocThreatRow[]>;
  disruptions: DataLoader<string, ApmisDisruptionRow[]>;
  cohortMembership: DataLoader<string, CohortMembershipRow | null>;
  /** By nomination id, as are the next two. */
  fourPPlan: DataLoader<string, CohortFourPPlanRow | null>;
  tpmActions: DataLoader<string, CohortTpmActionRow[]>;
  cohortEvents: DataLoader<string, CohortEventRow[]>;
  currentCohort: DataLoader<CohortScope, string[]>;
  /** Every write, in one transaction each, and the reads of what they wrote (not batched). */
  writes: ApmisWrites;
  /** PSFs and TPMs by meeting id, with their members, agenda and decisions. */
  meeting: DataLoader<string, MeetingRow | null>;
  performance: PerformanceReports;
  /** By a search's canonical criteria. */
  search: DataLoader<string, ApmisSearchMatchRow[]>;
  /** By feed (keyed by its `key`). */
  cohortChanges: DataLoader<CohortChangeQuery, CohortChangeRows, string>;
  searchRateLimiter: SearchRateLimiter;
  /** The cycle's disruptions and hand-offs. */
  cycle: CycleLoaders;
}

export function createLoaders(repository: ApmisRepository): ApmisLoaders {
  const byNominal = (row: { nominalId: string }) => row.nominalId;
  const byNomination = (row: { nominationId: string }) => row.nominationId;
  return {
    ...createDisclosureLoaders(repository.disclosures, {
      owners: [MARSOC_DESK.owner],
    }),
    nominalRecord: createRowLoader(
      (ids) => repository.findNominalRecordsByNominalIds(ids),
      byNominal,
    ),
    socThreats: createListLoader(
      (ids) => repository.findSocThreatsByNominalIds(ids),
      byNominal,
    ),
    disruptions: createListLoader(
      (ids) => repository.findDisruptionsByNominalIds(ids),
      byNominal,
    ),
    cohortMembership: createRowLoader(
      (ids) => repository.findCohortMembershipsByNominalIds(ids),
      byNominal,
    ),
    fourPPlan: createRowLoader(
      (ids) => repository.findFourPPlansByNominationIds(ids),
      byNomination,
    ),
    tpmActions: createListLoader(
      (ids) => repository.findTpmActionsByNominationIds(ids),
      byNomination,
    ),
    cohortEvents: createListLoader(
      (ids) => repository.findCohortEventsByNominationIds(ids),
      byNomination,
    ),
    currentCohort: new DataLoader<CohortScope, string[]>((scopes) =>
      // A request names one scope in practice; each distinct scope is one query.
      Promise.all(
        scopes.map((scope) =>
          repository.findCurrentCohortNominalIds(
            scope === 'ALL' ? null : scope,
          ),
        ),
      ),
    ),
    writes: repository.writes,
    meeting: createRowLoader(
      (ids) => repository.writes.reads.meetings.findMeetingsByIds(ids),
      (row) => row.id,
    ),
    performance: repository.performance,
    search: createApmisSearchLoader(repository),
    cohortChanges: new DataLoader<CohortChangeQuery, CohortChangeRows, string>(
      (queries) => repository.findCohortChanges(queries),
      { cacheKeyFn: (query) => query.key },
    ),
    searchRateLimiter: repository.searchRateLimiter,
    cycle: createCycleLoaders(repository.cycleStore),
  };
}
