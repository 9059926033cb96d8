import { type SqliteDatabase } from '@marsoc/platform/store';
import {
  type CohortChangeQuery,
  type CohortChangeRows,
} from './ApmisRepository';
import {
  readStoredCohortEvent,
  type StoredCohortEvent,
} from './readStoredCohortRecords';
import {
  DISRUPTION_COLUMNS,
  readStoredDisruption,
  type StoredDisruption,
} from './readStoredDisruption';

/** The changes that alter who is on a region's cohort. */
const MEMBERSHIP_TRANSITIONS = "('ACCEPT', 'TRANSFER', 'DESELECT', 'EXIT')";

/**
 * A region's membership changes in a window: every joining, deselection and
 * exit of a nomination now in the region, and transfers into it (the
 * nomination now sits there) or out of it (the event's detail is `FROM -> TO`).
 */
const EVENTS_SQL = `
  SELECT e.id, e.nomination_id AS nominationId, e.nominal_id AS nominalId, e.transition,
         e.from_status AS fromStatus, e.to_status AS toStatus, e.actor_sub AS actorSub,
         e.actor_agency AS actorAgency, e.occurred_at AS occurredAt, e.cycle, e.detail
  FROM cohort_event e JOIN cohort_nomination n ON n.id = e.nomination_id
  WHERE e.transition IN ${MEMBERSHIP_TRANSITIONS}
    AND substr(e.occurred_at, 1, 10) BETWEEN @since AND @until
    AND (n.region = @region OR (e.transition = 'TRANSFER' AND e.detail LIKE @region || ' -> %'))
  ORDER BY e.occurred_at, e.id`;

const DISRUPTIONS_SQL = `
  SELECT ${DISRUPTION_COLUMNS}
  FROM apmis_disruption
  WHERE nominal_id IN (SELECT nominal_id FROM cohort_nomination WHERE status = 'SELECTED' AND region = @region)
    AND disrupted_on BETWEEN @since AND @until
  ORDER BY disrupted_on, id`;

type Window = Omit<CohortChangeQuery, 'key'>;

/** Cohort change feeds over the embedded store: three reads per feed. */
export function createSqliteCohortChanges(database: SqliteDatabase): {
  findCohortChanges(queries: readonly CohortChangeQuery[]): CohortChangeRows[];
} {
  const cohort = database
    .prepare<[string], string>(
      "SELECT nominal_id FROM cohort_nomination WHERE status = 'SELECTED' AND region = ? ORDER BY nominal_id",
    )
    .pluck();
  const events = database.prepare<[Window], StoredCohortEvent>(EVENTS_SQL);
  const disruptions = database.prepare<[Window], StoredDisruption>(
    DISRUPTIONS_SQL,
  );
  return {
    findCohortChanges(queries) {
      return queries.map(({ key, region, since, until }) => ({
        key,
        nominalIds: cohort.all(region),
        events: events.all({ region, since, until }).map(readStoredCohortEvent),
        disruptions: disruptions
          .all({ region, since, until })
          .map(readStoredDisruption),
      }));
    },
  };
}
