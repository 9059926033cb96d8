import {
  createStoreOwnerDesk,
  type OwnerDisclosureStore,
} from '@marsoc/platform/disclosure-requests';
import {
  createSqliteKysely,
  IN_BATCH_KEYS,
  prepareBatchRead,
  type SqliteDatabase,
} from '@marsoc/platform/store';
import { type Region } from '@marsoc/schema';
import {
  type ApmisDisruptionRow,
  type ApmisNominalRow,
  type ApmisRepository,
  type ApmisSearchCandidate,
  type ApmisSearchQuery,
  type ApmisSocThreatRow,
  type CohortChangeQuery,
  type CohortChangeRows,
  type CohortEventRow,
  type CohortFourPPlanRow,
  type CohortMembershipRow,
  type CohortTpmActionRow,
} from './ApmisRepository';
import {
  createInMemorySearchRateLimiter,
  type SearchRateLimiter,
} from '../search/SearchRateLimiter';
import { type PerformanceReports } from './PerformanceReports';
import {
  EVENT_COLUMNS,
  FOUR_P_PLAN_COLUMNS,
  readStoredCohortEvent,
  readStoredFourPPlan,
  readStoredTpmAction,
  type StoredCohortEvent,
  type StoredFourPPlan,
  type StoredTpmAction,
  TPM_ACTION_COLUMNS,
} from './readStoredCohortRecords';
import {
  NOMINATION_COLUMNS,
  readStoredNomination,
  type StoredNomination,
} from './readStoredNomination';
import { APMIS_HOLDINGS } from './apmisHeldCategories';
import { toIdBatch } from './references';
import { createSqliteApmisSearch } from './SqliteApmisSearch';
import { createSqliteCohortChanges } from './SqliteCohortChanges';
import { type ApmisWrites } from './ApmisWrites';
import { createApmisWrites } from './createApmisWrites';
import { type CycleReads } from './CycleStore';
import { createSqliteCycleReads } from './SqliteCycleReads';
import { SqlitePerformanceReports } from './SqlitePerformanceReports';
import {
  DISRUPTION_COLUMNS,
  readStoredDisruption,
  type StoredDisruption,
} from './readStoredDisruption';

/**
 * APMIS over the embedded SQLite store. Each read is one prepared statement,
 * whatever the batch size; columns are aliased to the row types' names so rows
 * leave here as plain objects. The cohort workflow's writes and the performance
 * counts live in their own classes over the same database.
 */
export class SqliteApmisRepository implements ApmisRepository {
  private readonly nominals;
  private readonly threats;
  private readonly disruptions;
  private readonly memberships;
  private readonly plans;
  private readonly actions;
  private readonly events;
  private readonly currentCohort;
  private readonly search;
  private readonly cohortChanges;
  readonly writes: ApmisWrites;
  readonly performance: PerformanceReports;
  /** MARSOC's case-specific disclosures and the requests for them, beside the master list. */
  readonly disclosures: OwnerDisclosureStore;
  readonly cycleStore: CycleReads;

  constructor(
    private readonly database: SqliteDatabase,
    readonly searchRateLimiter: SearchRateLimiter = createInMemorySearchRateLimiter(),
  ) {
    this.nominals = prepareBatchRead<ApmisNominalRow>(
      database,
      `SELECT nominal_id AS nominalId, apmis_reference AS apmisReference, recorded_name AS name,
              date_of_birth AS dateOfBirth, region, owning_unit AS owningUnit
       FROM apmis_nominal WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id`,
    );
    this.threats = prepareBatchRead<ApmisSocThreatRow>(
      database,
      `SELECT id, nominal_id AS nominalId, threat_type AS threatType, threat_area AS threatArea,
              morile_score AS morileScore, morile_confidence AS morileConfidence, tier,
              moderation_status AS moderationStatus, owning_unit AS owningUnit, phase, assessed_on AS assessedOn
       FROM apmis_soc_threat WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id, assessed_on, id`,
    );
    this.disruptions = prepareBatchRead<StoredDisruption>(
      database,
      `SELECT ${DISRUPTION_COLUMNS}
       FROM apmis_disruption WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id, disrupted_on, id`,
    );
    // A nominal's membership is its latest nomination (ids grow with time).
    this.memberships = prepareBatchRead<StoredNomination>(
      database,
      `SELECT ${NOMINATION_COLUMNS} FROM cohort_nomination
       WHERE id IN (SELECT max(id) FROM cohort_nomination
                    WHERE nominal_id ${IN_BATCH_KEYS} GROUP BY nominal_id)
       ORDER BY nominal_id`,
    );
    this.plans = database.prepare<[string], StoredFourPPlan>(
      `SELECT ${FOUR_P_PLAN_COLUMNS} FROM cohort_four_p_plan
       WHERE nomination_id ${IN_BATCH_KEYS} ORDER BY nomination_id`,
    );
    this.actions = database.prepare<[string], StoredTpmAction>(
      `SELECT ${TPM_ACTION_COLUMNS} FROM cohort_tpm_action
       WHERE nomination_id ${IN_BATCH_KEYS} ORDER BY nomination_id, id`,
    );
    this.events = database.prepare<[string], StoredCohortEvent>(
      `SELECT ${EVENT_COLUMNS} FROM cohort_event
       WHERE nomination_id ${IN_BATCH_KEYS} ORDER BY nomination_id, id`,
    );
    this.currentCohort = database
      .prepare<[Region | null, Region | null], string>(
        `SELECT nominal_id FROM cohort_nomination
         WHERE status = 'SELECTED' AND (? IS NULL OR region = ?) ORDER BY nominal_id`,
      )
      .pluck();
    // The writes and the desk share one Kysely instance over the file's
    // connection: Kysely's SQLite driver serialises the transactions of one
    // instance, where two instances on one connection would interleave them.
    const store = {
      db: createSqliteKysely<unknown>(database),
      dialect: 'sqlite' as const,
      legacySqlite: database,
    };
    this.writes = createApmisWrites(store);
    this.performance = new SqlitePerformanceReports(database);
    this.disclosures = createStoreOwnerDesk(store, APMIS_HOLDINGS);
    this.cycleStore = createSqliteCycleReads(database);
    this.search = createSqliteApmisSearch(database);
    this.cohortChanges = createSqliteCohortChanges(database);
  }

  findSearchCandidates(
    queries: readonly ApmisSearchQuery[],
  ): ApmisSearchCandidate[] {
    return this.search.findSearchCandidates(queries);
  }

  findCohortChanges(queries: readonly CohortChangeQuery[]): CohortChangeRows[] {
    return this.cohortChanges.findCohortChanges(queries);
  }

  findNominalRecordsByNominalIds(
    nominalIds: readonly string[],
  ): ApmisNominalRow[] {
    return this.nominals(nominalIds);
  }

  findSocThreatsByNominalIds(
    nominalIds: readonly string[],
  ): ApmisSocThreatRow[] {
    return this.threats(nominalIds);
  }

  findDisruptionsByNominalIds(
    nominalIds: readonly string[],
  ): ApmisDisruptionRow[] {
    return this.disruptions(nominalIds).map(readStoredDisruption);
  }

  findCohortMembershipsByNominalIds(
    nominalIds: readonly string[],
  ): CohortMembershipRow[] {
    return this.memberships(nominalIds).map(readStoredNomination);
  }

  findFourPPlansByNominationIds(
    nominationIds: readonly string[],
  ): CohortFourPPlanRow[] {
    if (nominationIds.length === 0) return [];
    return this.plans
      .all(toIdBatch('nomination', nominationIds))
      .map(readStoredFourPPlan);
  }

  findTpmActionsByNominationIds(
    nominationIds: readonly string[],
  ): CohortTpmActionRow[] {
    if (nominationIds.length === 0) return [];
    return this.actions
      .all(toIdBatch('nomination', nominationIds))
      .map(readStoredTpmAction);
  }

  findCohortEventsByNominationIds(
    nominationIds: readonly string[],
  ): CohortEventRow[] {
    if (nominationIds.length === 0) return [];
    return this.events
      .all(toIdBatch('nomination', nominationIds))
      .map(readStoredCohortEvent);
  }

  findCurrentCohortNominalIds(region: Region | null): string[] {
    return this.currentCohort.all(region, region);
  }

  close(): void {
    this.database.close();
  }
}
