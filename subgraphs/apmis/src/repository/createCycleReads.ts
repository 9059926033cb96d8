import {
  inBatchKeys,
  prepareBatchQuery,
  prepareQuery,
} from '@marsoc/platform/store';
import { type ApmisStore } from './ApmisTables';
import {
  type EmergencyNominationRow,
  type MonitoringPlanRow,
  type PreviousNominationRow,
  type TpmAssignmentRow,
} from './CycleRows';
import { type CycleReads } from './CycleStore';
import { prepareReferenceBatch } from './prepareReferenceBatch';
import {
  DISRUPTION_RECORD_SELECTION,
  EMERGENCY_SELECTION,
  FLAG_CHANGE_SELECTION,
  QUALITY_CHECK_SELECTION,
  readDisruptionRecord,
  readFlagChange,
  readQualityCheck,
  readTpmUpdate,
  readTransfer,
  readWithNomination,
  type StoredDisruptionRecord,
  type StoredFlagChange,
  type StoredQualityCheck,
  type StoredTpmUpdate,
  type StoredTransfer,
  type StoredWithNomination,
  TPM_UPDATE_SELECTION,
  TRANSFER_SELECTION,
} from './readStoredCycleRecords';
import { formatReference } from './references';

type Later = StoredWithNomination<PreviousNominationRow> & {
  laterNominationId: number;
};
type StoredAssignment = Omit<TpmAssignmentRow, 'actionId' | 'meetingId'> & {
  actionId: number;
  meetingId: number;
};

/** The most records a region's moderation list shows, newest first. */
const RECORD_LIST_LIMIT = 200;

/**
 * The cycle's batched reads over the store, on either dialect: each one query
 * per batch, compiled once, keyed as the loaders key them.
 */
export function createCycleReads(store: ApmisStore): CycleReads {
  const { db, dialect } = store;
  const records = prepareReferenceBatch<StoredDisruptionRecord>(
    store,
    'disruptionRecord',
    (ids) =>
      db
        .selectFrom('disruption_record')
        .select(DISRUPTION_RECORD_SELECTION)
        .where(ids('id'))
        .orderBy('id'),
  );
  const regionRecords = db
    .selectFrom('disruption_record')
    .select('id')
    .orderBy('id', 'desc')
    .limit(RECORD_LIST_LIMIT);
  // Two queries rather than `? IS NULL OR status = ?`: PostgreSQL cannot type a bare null parameter.
  const recordIds = prepareQuery(store, { region: 'value' }, (slots) =>
    regionRecords.where('region', '=', slots.region),
  );
  const recordIdsOfStatus = prepareQuery(
    store,
    { region: 'value', status: 'value' },
    (slots) =>
      regionRecords
        .where('region', '=', slots.region)
        .where('status', '=', slots.status),
  );
  const flagChanges = prepareBatchQuery(store, (ids) =>
    db
      .selectFrom('disruption_flag_change')
      .select(FLAG_CHANGE_SELECTION)
      .where(inBatchKeys(dialect, 'disruption_id', ids))
      .orderBy('disruption_id')
      .orderBy('id'),
  );
  const recordDates = prepareBatchQuery(store, (ids) =>
    db
      .selectFrom('disruption_record')
      .select(['disruption_id as disruptionId', 'recorded_on as recordedOn'])
      .where(inBatchKeys(dialect, 'disruption_id', ids))
      .orderBy('disruption_id'),
  );
  const emergencies = prepareReferenceBatch<
    StoredWithNomination<EmergencyNominationRow>
  >(store, 'nomination', (ids) =>
    db
      .selectFrom('cohort_emergency_nomination')
      .select(EMERGENCY_SELECTION)
      .where(ids('nomination_id'))
      .orderBy('nomination_id'),
  );
  const checks = prepareReferenceBatch<StoredQualityCheck>(
    store,
    'nomination',
    (ids) =>
      db
        .selectFrom('cohort_quality_check')
        .select(QUALITY_CHECK_SELECTION)
        .where(ids('nomination_id'))
        .orderBy('nomination_id')
        .orderBy('id'),
  );
  const pending = prepareReferenceBatch<StoredTransfer>(
    store,
    'nomination',
    (ids) =>
      db
        .selectFrom('cohort_transfer')
        .select(TRANSFER_SELECTION)
        .where(ids('nomination_id'))
        .where('status', '=', 'PENDING')
        .orderBy('nomination_id')
        .orderBy('id'),
  );
  const plans = prepareReferenceBatch<StoredWithNomination<MonitoringPlanRow>>(
    store,
    'nomination',
    (ids) =>
      db
        .selectFrom('cohort_monitoring_plan')
        .select([
          'nomination_id as nominationId',
          'nominal_id as nominalId',
          'plan',
          'monitoring_agency as monitoringAgency',
          'review_on as reviewOn',
          'set_by as setBy',
          'set_at as setAt',
        ])
        .where(ids('nomination_id'))
        .orderBy('nomination_id'),
  );
  const transfers = prepareReferenceBatch<StoredTransfer>(
    store,
    'transfer',
    (ids) =>
      db
        .selectFrom('cohort_transfer')
        .select(TRANSFER_SELECTION)
        .where(ids('id'))
        .orderBy('id'),
  );
  const pendingIds = prepareQuery(store, { region: 'value' }, (slots) =>
    db
      .selectFrom('cohort_transfer')
      .select('id')
      .where('status', '=', 'PENDING')
      .where((eb) =>
        eb.or([
          eb('to_region', '=', slots.region),
          eb('from_region', '=', slots.region),
        ]),
      )
      .orderBy('id'),
  );
  const assignments = prepareReferenceBatch<StoredAssignment>(
    store,
    'tpmAction',
    (ids) =>
      db
        .selectFrom('cohort_tpm_assignment as a')
        .innerJoin('cohort_tpm_action as t', 't.id', 'a.action_id')
        .select([
          'a.action_id as actionId',
          't.nominal_id as nominalId',
          'a.meeting_id as meetingId',
          'a.owner_name as ownerName',
        ])
        .where(ids('a.action_id'))
        .orderBy('a.action_id'),
  );
  const updates = prepareReferenceBatch<StoredTpmUpdate>(
    store,
    'tpmAction',
    (ids) =>
      db
        .selectFrom('cohort_tpm_update')
        .select(TPM_UPDATE_SELECTION)
        .where(ids('action_id'))
        .orderBy('action_id')
        .orderBy('id'),
  );
  const previous = prepareReferenceBatch<Later>(store, 'nomination', (ids) =>
    db
      .selectFrom('cohort_nomination as later')
      .innerJoin('cohort_nomination as n', (join) =>
        join
          .onRef('n.nominal_id', '=', 'later.nominal_id')
          .onRef('n.id', '<', 'later.id'),
      )
      .select([
        'later.id as laterNominationId',
        'n.id as nominationId',
        'n.nominal_id as nominalId',
        'n.region',
        'n.status',
        'n.nominating_agency as nominatingAgency',
        'n.cycle_nominated as cycleNominated',
        'n.nominated_on as nominatedOn',
        'n.forum_decision as decision',
        'n.deselection_reason as deselectionReason',
        'n.exited_on as exitedOn',
      ])
      .where(ids('later.id'))
      .orderBy('later.id')
      .orderBy('n.id'),
  );
  return {
    findDisruptionRecordsByIds: async (ids) =>
      (await records(ids)).map(readDisruptionRecord),
    findDisruptionRecordIds: async (region, status) =>
      (status === null
        ? await recordIds({ region })
        : await recordIdsOfStatus({ region, status })
      ).map((row) => formatReference('disruptionRecord', row.id)),
    findFlagChangesByDisruptionIds: async (ids) =>
      ((await flagChanges(ids)) as StoredFlagChange[]).map(readFlagChange),
    findRecordDatesByDisruptionIds: async (ids) =>
      (await recordDates(ids)).flatMap(({ disruptionId, recordedOn }) =>
        disruptionId === null ? [] : [{ disruptionId, recordedOn }],
      ),
    findEmergenciesByNominationIds: async (ids) =>
      (await emergencies(ids)).map(readWithNomination<EmergencyNominationRow>),
    findQualityChecksByNominationIds: async (ids) =>
      (await checks(ids)).map(readQualityCheck),
    findPendingTransfersByNominationIds: async (ids) =>
      (await pending(ids)).map(readTransfer),
    findTransfersByIds: async (ids) => (await transfers(ids)).map(readTransfer),
    findPendingTransferIds: async (region) =>
      (await pendingIds({ region })).map((row) =>
        formatReference('transfer', row.id),
      ),
    findAssignmentsByActionIds: async (ids) =>
      (await assignments(ids)).map((row) => ({
        ...row,
        actionId: formatReference('tpmAction', row.actionId),
        meetingId: formatReference('meeting', row.meetingId),
      })),
    findTpmUpdatesByActionIds: async (ids) =>
      (await updates(ids)).map(readTpmUpdate),
    findMonitoringPlansByNominationIds: async (ids) =>
      (await plans(ids)).map(readWithNomination<MonitoringPlanRow>),
    findPreviousNominationsByNominationIds: async (ids) =>
      (await previous(ids)).map(({ laterNominationId, ...row }) => ({
        ...readWithNomination<PreviousNominationRow>(row),
        laterNominationId: formatReference('nomination', laterNominationId),
      })),
  };
}
