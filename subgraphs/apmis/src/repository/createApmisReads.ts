import { type Compilable } from 'kysely';
import {
  inBatchKeys,
  prepareBatchQuery,
  prepareQuery,
} from '@marsoc/platform/store';
import { type ApmisRepository } from './ApmisRepository';
import { type ApmisStore } from './ApmisTables';
import {
  EVENT_SELECTION,
  FOUR_P_PLAN_SELECTION,
  readStoredCohortEvent,
  readStoredFourPPlan,
  readStoredTpmAction,
  type StoredCohortEvent,
  type StoredFourPPlan,
  type StoredTpmAction,
  TPM_ACTION_SELECTION,
} from './readStoredCohortRecords';
import {
  DISRUPTION_SELECTION,
  readStoredDisruption,
  type StoredDisruption,
} from './readStoredDisruption';
import {
  NOMINATION_SELECTION,
  readStoredNomination,
  type StoredNomination,
} from './readStoredNomination';
import { prepareReferenceBatch } from './prepareReferenceBatch';

/** The master list's and the cohort's batched reads, keyed as the loaders key them. */
export type ApmisReads = Pick<
  ApmisRepository,
  | 'findNominalRecordsByNominalIds'
  | 'findSocThreatsByNominalIds'
  | 'findDisruptionsByNominalIds'
  | 'findCohortMembershipsByNominalIds'
  | 'findFourPPlansByNominationIds'
  | 'findTpmActionsByNominationIds'
  | 'findCohortEventsByNominationIds'
  | 'findCurrentCohortNominalIds'
>;

/**
 * APMIS's reads over its store, on either dialect: each one query per batch,
 * built and compiled once. Lists are ordered by nominal (or nomination), then
 * date, then id, the same on both dialects.
 */
export function createApmisReads(store: ApmisStore): ApmisReads {
  const { db, dialect } = store;
  const of = (column: string, keys: readonly string[]) =>
    inBatchKeys(dialect, column, keys);
  const byNominal = <Row>(
    build: (keys: readonly string[]) => Compilable<Row>,
  ) => prepareBatchQuery(store, build);
  const findDisruptions = byNominal<StoredDisruption>((ids) =>
    db
      .selectFrom('apmis_disruption')
      .select(DISRUPTION_SELECTION)
      .where(of('nominal_id', ids))
      .orderBy('nominal_id')
      .orderBy('disrupted_on')
      .orderBy('id'),
  );
  // A nominal's membership is its latest nomination (ids grow with time).
  const findMemberships = byNominal<StoredNomination>((ids) =>
    db
      .selectFrom('cohort_nomination')
      .select(NOMINATION_SELECTION)
      .where('id', 'in', (latest) =>
        latest
          .selectFrom('cohort_nomination')
          .select((eb) => eb.fn.max('id').as('id'))
          .where(of('nominal_id', ids))
          .groupBy('nominal_id'),
      )
      .orderBy('nominal_id'),
  );
  const findPlans = prepareReferenceBatch<StoredFourPPlan>(
    store,
    'nomination',
    (ids) =>
      db
        .selectFrom('cohort_four_p_plan')
        .select(FOUR_P_PLAN_SELECTION)
        .where(ids('nomination_id'))
        .orderBy('nomination_id'),
  );
  const findActions = prepareReferenceBatch<StoredTpmAction>(
    store,
    'nomination',
    (ids) =>
      db
        .selectFrom('cohort_tpm_action')
        .select(TPM_ACTION_SELECTION)
        .where(ids('nomination_id'))
        .orderBy('nomination_id')
        .orderBy('id'),
  );
  const findEvents = prepareReferenceBatch<StoredCohortEvent>(
    store,
    'nomination',
    (ids) =>
      db
        .selectFrom('cohort_event')
        .select(EVENT_SELECTION)
        .where(ids('nomination_id'))
        .orderBy('nomination_id')
        .orderBy('id'),
  );
  const currentCohort = db
    .selectFrom('cohort_nomination')
    .select('nominal_id')
    .where('status', '=', 'SELECTED')
    .orderBy('nominal_id');
  // Two queries rather than `? IS NULL OR region = ?`: PostgreSQL cannot type a bare null parameter.
  const findWholeCohort = prepareQuery(store, {}, () => currentCohort);
  const findRegionCohort = prepareQuery(store, { region: 'value' }, (slots) =>
    currentCohort.where('region', '=', slots.region),
  );
  return {
    findNominalRecordsByNominalIds: byNominal((ids) =>
      db
        .selectFrom('apmis_nominal')
        .select([
          'nominal_id as nominalId',
          'apmis_reference as apmisReference',
          'recorded_name as name',
          'date_of_birth as dateOfBirth',
          'region',
          'owning_unit as owningUnit',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id'),
    ),
    findSocThreatsByNominalIds: byNominal((ids) =>
      db
        .selectFrom('apmis_soc_threat')
        .select([
          'id',
          'nominal_id as nominalId',
          'threat_type as threatType',
          'threat_area as threatArea',
          'morile_score as morileScore',
          'morile_confidence as morileConfidence',
          'tier',
          'moderation_status as moderationStatus',
          'owning_unit as owningUnit',
          'phase',
          'assessed_on as assessedOn',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id')
        .orderBy('assessed_on')
        .orderBy('id'),
    ),
    findDisruptionsByNominalIds: async (ids) =>
      (await findDisruptions(ids)).map(readStoredDisruption),
    findCohortMembershipsByNominalIds: async (ids) =>
      (await findMemberships(ids)).map(readStoredNomination),
    findFourPPlansByNominationIds: async (ids) =>
      (await findPlans(ids)).map(readStoredFourPPlan),
    findTpmActionsByNominationIds: async (ids) =>
      (await findActions(ids)).map(readStoredTpmAction),
    findCohortEventsByNominationIds: async (ids) =>
      (await findEvents(ids)).map(readStoredCohortEvent),
    findCurrentCohortNominalIds: async (region) =>
      (region === null
        ? await findWholeCohort({})
        : await findRegionCohort({ region })
      ).map((row) => row.nominal_id),
  };
}
