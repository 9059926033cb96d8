import { type SqliteDatabase } from '@marsoc/platform';
import { Agency, type Region } from '@marsoc/schema';
import {
  type ApmisDisruptionRow,
  type ApmisNominalRow,
  type ApmisRepository,
  type ApmisSocThreatRow,
  type CohortMembershipRow,
} from './ApmisRepository';

/** The ids of one batch, bound as a single JSON parameter read with json_each. */
const IDS = 'SELECT value FROM json_each(?)';

type StoredDisruption = Omit<
  ApmisDisruptionRow,
  'supportingAgencies' | 'marsocFlag'
> & {
  supportingAgencies: string;
  marsocFlag: number;
};

/**
 * APMIS reads over the embedded SQLite store. Each method is one prepared
 * statement, whatever the batch size; columns are aliased to the row types'
 * names so rows leave here as plain objects.
 */
export class SqliteApmisRepository implements ApmisRepository {
  private readonly nominals;
  private readonly threats;
  private readonly disruptions;
  private readonly memberships;
  private readonly currentCohort;

  constructor(private readonly database: SqliteDatabase) {
    this.nominals = database.prepare<[string], ApmisNominalRow>(
      `SELECT nominal_id AS nominalId, apmis_reference AS apmisReference, recorded_name AS name,
              date_of_birth AS dateOfBirth, region, owning_unit AS owningUnit
       FROM apmis_nominal WHERE nominal_id IN (${IDS}) ORDER BY nominal_id`,
    );
    this.threats = database.prepare<[string], ApmisSocThreatRow>(
      `SELECT id, nominal_id AS nominalId, threat_type AS threatType, threat_area AS threatArea,
              morile_score AS morileScore, morile_confidence AS morileConfidence, tier,
              moderation_status AS moderationStatus, owning_unit AS owningUnit, phase, assessed_on AS assessedOn
       FROM apmis_soc_threat WHERE nominal_id IN (${IDS}) ORDER BY nominal_id, assessed_on, id`,
    );
    this.disruptions = database.prepare<[string], StoredDisruption>(
      `SELECT id, nominal_id AS nominalId, disrupted_on AS date, lead_agency AS leadAgency,
              supporting_agencies AS supportingAgencies, recording_agency AS recordingAgency,
              four_p AS fourP, assessment, description, marsoc_flag AS marsocFlag, arrests
       FROM apmis_disruption WHERE nominal_id IN (${IDS}) ORDER BY nominal_id, disrupted_on, id`,
    );
    this.memberships = database.prepare<[string], CohortMembershipRow>(
      `SELECT nominal_id AS nominalId, status, region, nominating_agency AS nominatingAgency,
              supervision_at_nomination AS supervisionAtNomination, cycle_nominated AS cycleNominated,
              cycle_deselected AS cycleDeselected
       FROM cohort_membership WHERE nominal_id IN (${IDS}) ORDER BY nominal_id`,
    );
    this.currentCohort = database
      .prepare<[Region | null, Region | null], string>(
        `SELECT nominal_id FROM cohort_membership
         WHERE status = 'SELECTED' AND (? IS NULL OR region = ?) ORDER BY nominal_id`,
      )
      .pluck();
  }

  findNominalRecordsByNominalIds(
    nominalIds: readonly string[],
  ): ApmisNominalRow[] {
    return nominalIds.length === 0
      ? []
      : this.nominals.all(JSON.stringify(nominalIds));
  }

  findSocThreatsByNominalIds(
    nominalIds: readonly string[],
  ): ApmisSocThreatRow[] {
    return nominalIds.length === 0
      ? []
      : this.threats.all(JSON.stringify(nominalIds));
  }

  findDisruptionsByNominalIds(
    nominalIds: readonly string[],
  ): ApmisDisruptionRow[] {
    if (nominalIds.length === 0) return [];
    return this.disruptions.all(JSON.stringify(nominalIds)).map(readDisruption);
  }

  findCohortMembershipsByNominalIds(
    nominalIds: readonly string[],
  ): CohortMembershipRow[] {
    return nominalIds.length === 0
      ? []
      : this.memberships.all(JSON.stringify(nominalIds));
  }

  findCurrentCohortNominalIds(region: Region | null): string[] {
    return this.currentCohort.all(region, region);
  }

  close(): void {
    this.database.close();
  }
}

function readDisruption(stored: StoredDisruption): ApmisDisruptionRow {
  const agencies: unknown = JSON.parse(stored.supportingAgencies);
  return {
    ...stored,
    supportingAgencies: Array.isArray(agencies)
      ? agencies.filter(Agency.is)
      : [],
    marsocFlag: stored.marsocFlag === 1,
  };
}
