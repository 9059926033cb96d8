import { type ApmisContext } from '../context';
import { type ApmisDisruptionRow } from '../repository/ApmisRepository';
import { type CohortMembershipRow } from '../repository/CohortRows';
import {
  type CohortTransferRow,
  type DisruptionRecordRow,
} from '../repository/CycleRows';
import { type CohortTpmActionRow } from '../repository/CohortRows';
import { isPartyTo } from './cycleQueries';

/** The parts of the cycle's records kept in their own tables, loaded per request in batches. */
export const ApmisDisruption = {
  async recordedOn(row: ApmisDisruptionRow, _: unknown, context: ApmisContext) {
    const dated = await context.loaders.cycle.recordDate.load(row.id);
    return dated?.recordedOn ?? null;
  },
  marsocFlagHistory: (
    row: ApmisDisruptionRow,
    _: unknown,
    context: ApmisContext,
  ) => context.loaders.cycle.flagChanges.load(row.id),
};

export const DisruptionRecord = {
  nominal: (row: DisruptionRecordRow) => ({ id: row.nominalId }),
  disruption: (row: DisruptionRecordRow, _: unknown, context: ApmisContext) =>
    row.disruptionId === null
      ? null
      : context.loaders.writes.reads.cycle.findApmisDisruption(
          row.disruptionId,
        ),
};

export const CohortTransfer = {
  nominal: (row: CohortTransferRow) => ({ id: row.nominalId }),
};

export const CohortTpmAction = {
  assignment: (row: CohortTpmActionRow, _: unknown, context: ApmisContext) =>
    context.loaders.cycle.assignment.load(row.id),
  updates: (row: CohortTpmActionRow, _: unknown, context: ApmisContext) =>
    context.loaders.cycle.tpmUpdates.load(row.id),
};

/** The hand-offs of a nomination, for CohortMembership. */
export const cohortMembershipHandoffs = {
  emergencyNomination: (
    row: CohortMembershipRow,
    _: unknown,
    context: ApmisContext,
  ) => context.loaders.cycle.emergency.load(row.nominationId),
  qualityChecks: (
    row: CohortMembershipRow,
    _: unknown,
    context: ApmisContext,
  ) => context.loaders.cycle.qualityChecks.load(row.nominationId),
  previousNominations: (
    row: CohortMembershipRow,
    _: unknown,
    context: ApmisContext,
  ) => context.loaders.cycle.previousNominations.load(row.nominationId),
  /** Only the sending and receiving regions learn of a pending transfer; for anyone else there is none. */
  async pendingTransfer(
    row: CohortMembershipRow,
    _: unknown,
    context: ApmisContext,
  ) {
    const transfer = await context.loaders.cycle.pendingTransfer.load(
      row.nominationId,
    );
    return transfer !== null && isPartyTo(context, transfer) ? transfer : null;
  },
  monitoringPlan: (
    row: CohortMembershipRow,
    _: unknown,
    context: ApmisContext,
  ) => context.loaders.cycle.monitoringPlan.load(row.nominationId),
};
