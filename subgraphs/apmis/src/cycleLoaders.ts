import type DataLoader from 'dataloader';
import { createListLoader, createRowLoader } from '@marsoc/platform';
import {
  type CohortTransferRow,
  type DisruptionRecordRow,
  type EmergencyNominationRow,
  type MarsocFlagChangeRow,
  type MonitoringPlanRow,
  type PreviousNominationRow,
  type QualityCheckRow,
  type TpmAssignmentRow,
  type TpmUpdateRow,
} from './repository/CycleRows';
import { type CycleReads } from './repository/CycleStore';

/** The loaders of the cycle's disruptions and hand-offs; made per request, with the rest. */
export interface CycleLoaders {
  store: CycleReads;
  disruptionRecord: DataLoader<string, DisruptionRecordRow | null>;
  /** By APMIS disruption id, as is the next. */
  flagChanges: DataLoader<string, MarsocFlagChangeRow[]>;
  recordDate: DataLoader<
    string,
    { disruptionId: string; recordedOn: string } | null
  >;
  /** By nomination id, as are the next three. */
  emergency: DataLoader<string, EmergencyNominationRow | null>;
  qualityChecks: DataLoader<string, QualityCheckRow[]>;
  pendingTransfer: DataLoader<string, CohortTransferRow | null>;
  monitoringPlan: DataLoader<string, MonitoringPlanRow | null>;
  previousNominations: DataLoader<string, PreviousNominationRow[]>;
  transfer: DataLoader<string, CohortTransferRow | null>;
  /** By TPM action id, as is the next. */
  assignment: DataLoader<string, TpmAssignmentRow | null>;
  tpmUpdates: DataLoader<string, TpmUpdateRow[]>;
}

export function createCycleLoaders(store: CycleReads): CycleLoaders {
  const byNomination = (row: { nominationId: string }) => row.nominationId;
  const byDisruption = (row: { disruptionId: string }) => row.disruptionId;
  const byAction = (row: { actionId: string }) => row.actionId;
  return {
    store,
    disruptionRecord: createRowLoader(
      (ids) => store.findDisruptionRecordsByIds(ids),
      (row) => row.id,
    ),
    flagChanges: createListLoader(
      (ids) => store.findFlagChangesByDisruptionIds(ids),
      byDisruption,
    ),
    recordDate: createRowLoader(
      (ids) => store.findRecordDatesByDisruptionIds(ids),
      byDisruption,
    ),
    emergency: createRowLoader(
      (ids) => store.findEmergenciesByNominationIds(ids),
      byNomination,
    ),
    qualityChecks: createListLoader(
      (ids) => store.findQualityChecksByNominationIds(ids),
      byNomination,
    ),
    pendingTransfer: createRowLoader(
      (ids) => store.findPendingTransfersByNominationIds(ids),
      byNomination,
    ),
    monitoringPlan: createRowLoader(
      (ids) => store.findMonitoringPlansByNominationIds(ids),
      byNomination,
    ),
    previousNominations: createListLoader(
      (ids) => store.findPreviousNominationsByNominationIds(ids),
      (row) => row.laterNominationId,
    ),
    transfer: createRowLoader(
      (ids) => store.findTransfersByIds(ids),
      (row) => row.id,
    ),
    assignment: createRowLoader(
      (ids) => store.findAssignmentsByActionIds(ids),
      byAction,
    ),
    tpmUpdates: createListLoader(
      (ids) => store.findTpmUpdatesByActionIds(ids),
      byAction,
    ),
  };
}
