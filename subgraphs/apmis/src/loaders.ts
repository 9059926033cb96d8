import DataLoader from 'dataloader';
import { createListLoader, createRowLoader } from '@marsoc/platform';
import { type Region } from '@marsoc/schema';
import {
  type ApmisDisruptionRow,
  type ApmisNominalRow,
  type ApmisRepository,
  type ApmisSocThreatRow,
  type CohortMembershipRow,
} from './repository/ApmisRepository';

/** The whole cohort, or one region's part of it. */
export type CohortScope = Region | 'ALL';

/** One loader per APMIS lookup; created per request, never shared between callers. */
export interface ApmisLoaders {
  nominalRecord: DataLoader<string, ApmisNominalRow | null>;
  socThreats: DataLoader<string, ApmisSocThreatRow[]>;
  disruptions: DataLoader<string, ApmisDisruptionRow[]>;
  cohortMembership: DataLoader<string, CohortMembershipRow | null>;
  currentCohort: DataLoader<CohortScope, string[]>;
}

export function createLoaders(repository: ApmisRepository): ApmisLoaders {
  const byNominal = (row: { nominalId: string }) => row.nominalId;
  return {
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
    currentCohort: new DataLoader<CohortScope, string[]>((scopes) =>
      // A request names one scope in practice; each distinct scope is one query.
      Promise.resolve(
        scopes.map((scope) =>
          repository.findCurrentCohortNominalIds(
            scope === 'ALL' ? null : scope,
          ),
        ),
      ),
    ),
  };
}
