import {
  IN_BATCH_KEYS,
  prepareBatchRead,
  type SqliteDatabase,
} from '@marsoc/platform/store';
import { type Region } from '@marsoc/schema';
import {
  type EmergencyNominationRow,
  type MonitoringPlanRow,
  type PreviousNominationRow,
  type TpmAssignmentRow,
} from './CycleRows';
import { type CycleReads } from './CycleStore';
import { type DisruptionRecordStatus } from './cycleVocabulary';
import {
  DISRUPTION_RECORD_COLUMNS,
  EMERGENCY_COLUMNS,
  FLAG_CHANGE_COLUMNS,
  QUALITY_CHECK_COLUMNS,
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
  TPM_UPDATE_COLUMNS,
  TRANSFER_COLUMNS,
} from './readStoredCycleRecords';
import { formatReference, type ReferenceKind, toIdBatch } from './references';

type Later = StoredWithNomination<PreviousNominationRow> & {
  laterNominationId: number;
};

/**
 * The cycle's batched reads: each is one prepared statement, whatever the
 * batch size, keyed as the loaders key them.
 */
export function createSqliteCycleReads(database: SqliteDatabase): CycleReads {
  const byIds = <Stored>(kind: ReferenceKind, sql: string) => {
    const statement = database.prepare<[string], Stored>(sql);
    return (ids: readonly string[]) =>
      ids.length === 0 ? [] : statement.all(toIdBatch(kind, ids));
  };
  const records = byIds<StoredDisruptionRecord>(
    'disruptionRecord',
    `SELECT ${DISRUPTION_RECORD_COLUMNS} FROM disruption_record WHERE id ${IN_BATCH_KEYS}`,
  );
  const recordIds = database
    .prepare<[Region, string | null, string | null], number>(
      `SELECT id FROM disruption_record WHERE region = ? AND (? IS NULL OR status = ?)
       ORDER BY id DESC LIMIT 200`,
    )
    .pluck();
  const flagChanges = prepareBatchRead<StoredFlagChange>(
    database,
    `SELECT ${FLAG_CHANGE_COLUMNS} FROM disruption_flag_change
     WHERE disruption_id ${IN_BATCH_KEYS} ORDER BY disruption_id, id`,
  );
  const recordDates = prepareBatchRead<{
    disruptionId: string;
    recordedOn: string;
  }>(
    database,
    `SELECT disruption_id AS disruptionId, recorded_on AS recordedOn FROM disruption_record
     WHERE disruption_id ${IN_BATCH_KEYS}`,
  );
  const byNomination = <Stored>(table: string, columns: string, order = '') =>
    byIds<Stored>(
      'nomination',
      `SELECT ${columns} FROM ${table} WHERE nomination_id ${IN_BATCH_KEYS} ${order}`,
    );
  const emergencies = byNomination<
    StoredWithNomination<EmergencyNominationRow>
  >('cohort_emergency_nomination', EMERGENCY_COLUMNS);
  const checks = byNomination<StoredQualityCheck>(
    'cohort_quality_check',
    QUALITY_CHECK_COLUMNS,
    'ORDER BY nomination_id, id',
  );
  const pending = byNomination<StoredTransfer>(
    'cohort_transfer',
    TRANSFER_COLUMNS,
    "AND status = 'PENDING'",
  );
  const plans = byNomination<StoredWithNomination<MonitoringPlanRow>>(
    'cohort_monitoring_plan',
    `nomination_id AS nominationId, nominal_id AS nominalId, plan,
     monitoring_agency AS monitoringAgency, review_on AS reviewOn, set_by AS setBy, set_at AS setAt`,
  );
  const transfers = byIds<StoredTransfer>(
    'transfer',
    `SELECT ${TRANSFER_COLUMNS} FROM cohort_transfer WHERE id ${IN_BATCH_KEYS}`,
  );
  const pendingIds = database
    .prepare<[Region, Region], number>(
      `SELECT id FROM cohort_transfer WHERE status = 'PENDING' AND (to_region = ? OR from_region = ?)
       ORDER BY id`,
    )
    .pluck();
  const assignments = byIds<
    Omit<TpmAssignmentRow, 'actionId' | 'meetingId'> & {
      actionId: number;
      meetingId: number;
    }
  >(
    'tpmAction',
    `SELECT a.action_id AS actionId, t.nominal_id AS nominalId, a.meeting_id AS meetingId,
            a.owner_name AS ownerName
     FROM cohort_tpm_assignment a JOIN cohort_tpm_action t ON t.id = a.action_id
     WHERE a.action_id ${IN_BATCH_KEYS}`,
  );
  const updates = byIds<StoredTpmUpdate>(
    'tpmAction',
    `SELECT ${TPM_UPDATE_COLUMNS} FROM cohort_tpm_update
     WHERE action_id ${IN_BATCH_KEYS} ORDER BY action_id, id`,
  );
  const previous = byIds<Later>(
    'nomination',
    `SELECT later.id AS laterNominationId, n.id AS nominationId, n.nominal_id AS nominalId,
            n.region, n.status, n.nominating_agency AS nominatingAgency,
            n.cycle_nominated AS cycleNominated, n.nominated_on AS nominatedOn,
            n.forum_decision AS decision, n.deselection_reason AS deselectionReason,
            n.exited_on AS exitedOn
     FROM cohort_nomination later
     JOIN cohort_nomination n ON n.nominal_id = later.nominal_id AND n.id < later.id
     WHERE later.id ${IN_BATCH_KEYS} ORDER BY later.id, n.id`,
  );
  return {
    findDisruptionRecordsByIds: (ids) => records(ids).map(readDisruptionRecord),
    findDisruptionRecordIds: (region, status: DisruptionRecordStatus | null) =>
      recordIds
        .all(region, status, status)
        .map((id) => formatReference('disruptionRecord', id)),
    findFlagChangesByDisruptionIds: (ids) =>
      flagChanges(ids).map(readFlagChange),
    findRecordDatesByDisruptionIds: (ids) => recordDates(ids),
    findEmergenciesByNominationIds: (ids) =>
      emergencies(ids).map(readWithNomination<EmergencyNominationRow>),
    findQualityChecksByNominationIds: (ids) =>
      checks(ids).map(readQualityCheck),
    findPendingTransfersByNominationIds: (ids) =>
      pending(ids).map(readTransfer),
    findTransfersByIds: (ids) => transfers(ids).map(readTransfer),
    findPendingTransferIds: (region) =>
      pendingIds
        .all(region, region)
        .map((id) => formatReference('transfer', id)),
    findAssignmentsByActionIds: (ids) =>
      assignments(ids).map((row) => ({
        ...row,
        actionId: formatReference('tpmAction', row.actionId),
        meetingId: formatReference('meeting', row.meetingId),
      })),
    findTpmUpdatesByActionIds: (ids) => updates(ids).map(readTpmUpdate),
    findMonitoringPlansByNominationIds: (ids) =>
      plans(ids).map(readWithNomination<MonitoringPlanRow>),
    findPreviousNominationsByNominationIds: (ids) =>
      previous(ids).map(({ laterNominationId, ...row }) => ({
        ...readWithNomination<PreviousNominationRow>(row),
        laterNominationId: formatReference('nomination', laterNominationId),
      })),
  };
}
