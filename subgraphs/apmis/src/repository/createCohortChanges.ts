import { prepareQuery } from '@marsoc/platform/store';
import {
  type CohortChangeQuery,
  type CohortChangeRows,
} from './ApmisRepository';
import { type ApmisStore } from './ApmisTables';
import {
  EVENT_SELECTION,
  readStoredCohortEvent,
  type StoredCohortEvent,
} from './readStoredCohortRecords';
import {
  DISRUPTION_SELECTION,
  readStoredDisruption,
  type StoredDisruption,
} from './readStoredDisruption';

/** The changes that alter who is on a region's cohort. */
const MEMBERSHIP_TRANSITIONS = ['ACCEPT', 'TRANSFER', 'DESELECT', 'EXIT'];

const WINDOW = { region: 'value', since: 'value', until: 'value' } as const;

/**
 * Cohort change feeds over the store, on either dialect: three reads per feed
 * (a request asks for few), each compiled once.
 */
export function createCohortChanges(store: ApmisStore): {
  findCohortChanges(
    queries: readonly CohortChangeQuery[],
  ): Promise<CohortChangeRows[]>;
} {
  const { db } = store;
  const cohort = prepareQuery(store, { region: 'value' }, (slots) =>
    db
      .selectFrom('cohort_nomination')
      .select('nominal_id')
      .where('status', '=', 'SELECTED')
      .where('region', '=', slots.region)
      .orderBy('nominal_id'),
  );
  // Every joining, deselection and exit of a nomination now in the region,
  // and transfers into it (the nomination now sits there) or out of it (the
  // event's detail is `FROM -> TO`).
  const events = prepareQuery(
    store,
    { ...WINDOW, transferredFrom: 'value' },
    (slots) =>
      db
        .selectFrom('cohort_event')
        .select(EVENT_SELECTION)
        .where('transition', 'in', MEMBERSHIP_TRANSITIONS)
        .where((eb) =>
          eb.between(
            eb.fn('substr', ['occurred_at', eb.lit(1), eb.lit(10)]),
            slots.since,
            slots.until,
          ),
        )
        .where((eb) =>
          eb.or([
            eb(
              'nomination_id',
              'in',
              eb
                .selectFrom('cohort_nomination')
                .select('id')
                .where('region', '=', slots.region),
            ),
            eb.and([
              eb('transition', '=', 'TRANSFER'),
              eb('detail', 'like', slots.transferredFrom),
            ]),
          ]),
        )
        .orderBy('occurred_at')
        .orderBy('id'),
  );
  const disruptions = prepareQuery(store, WINDOW, (slots) =>
    db
      .selectFrom('apmis_disruption')
      .select(DISRUPTION_SELECTION)
      .where('nominal_id', 'in', (cohortIds) =>
        cohortIds
          .selectFrom('cohort_nomination')
          .select('nominal_id')
          .where('status', '=', 'SELECTED')
          .where('region', '=', slots.region),
      )
      .where('disrupted_on', '>=', slots.since)
      .where('disrupted_on', '<=', slots.until)
      .orderBy('disrupted_on')
      .orderBy('id'),
  );
  return {
    findCohortChanges: (queries) =>
      Promise.all(
        queries.map(async ({ key, region, since, until }) => ({
          key,
          nominalIds: (await cohort({ region })).map((row) => row.nominal_id),
          events: (
            (await events({
              region,
              since,
              until,
              transferredFrom: `${region} -> %`,
            })) as StoredCohortEvent[]
          ).map(readStoredCohortEvent),
          disruptions: (
            (await disruptions({ region, since, until })) as StoredDisruption[]
          ).map(readStoredDisruption),
        })),
      ),
  };
}
