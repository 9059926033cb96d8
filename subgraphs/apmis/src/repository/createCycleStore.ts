import { formatDisruptionId } from '../synthetic/nominalReferences';
import { type CycleStore } from './CycleStore';
import { cycleStatements as statements } from './cycleStatements';
import {
  readDisruptionRecord,
  readQualityCheck,
  readTransfer,
  readWithNomination,
} from './readStoredCycleRecords';
import { readStoredDisruption } from './readStoredDisruption';
import { formatReference, parseReference, readStoredId } from './references';
import {
  changeOneRow,
  insertReturningId,
  readFirstRow,
  type StoreHandle,
} from './storeStatements';

/**
 * The cycle's disruptions and hand-offs over the APMIS store, on either
 * dialect. Made on the same transaction as the cohort store (ApmisWrites);
 * every update must touch exactly one row, or the whole transaction fails.
 */
export function createCycleStore(db: StoreHandle): CycleStore {
  const update = (query: Parameters<typeof changeOneRow>[1]) =>
    changeOneRow(db, query, 'cycle');
  const run = async (query: Parameters<typeof changeOneRow>[1]) => {
    await query.execute(db);
  };
  const first = <Row>(query: Parameters<typeof readFirstRow<Row>>[1]) =>
    readFirstRow<Row>(db, query);
  const nomination = (reference: string) =>
    readStoredId('nomination', reference);
  return {
    findWrite: async (actorSub, clientRequestId) =>
      (await first(statements.findWrite(actorSub, clientRequestId))) ?? null,
    recordWrite: (actorSub, clientRequestId, write, writtenAt) =>
      run(statements.recordWrite(actorSub, clientRequestId, write, writtenAt)),
    insertDisruptionRecord: async (record) =>
      formatReference(
        'disruptionRecord',
        await insertReturningId(db, statements.insertRecord(record)),
      ),
    async findDisruptionRecord(recordId) {
      const stored = await first(
        statements.record(readStoredId('disruptionRecord', recordId)),
      );
      return stored === undefined ? null : readDisruptionRecord(stored);
    },
    moderateDisruptionRecord: (recordId, moderation) =>
      update(
        statements.moderate(
          readStoredId('disruptionRecord', recordId),
          moderation,
        ),
      ),
    async insertApmisDisruption(disruption) {
      const counted = await first(
        statements.countDisruptions(disruption.nominalId),
      );
      const id = formatDisruptionId(
        disruption.nominalId,
        Number(counted?.count ?? 0) + 1,
      );
      await run(statements.insertDisruption(id, disruption));
      return id;
    },
    async findApmisDisruption(disruptionId) {
      const stored = await first(statements.disruption(disruptionId));
      return stored === undefined ? null : readStoredDisruption(stored);
    },
    async setMarsocFlag(change) {
      await update(statements.setFlag(change.disruptionId, change.toFlag));
      await run(statements.insertFlagChange(change));
    },
    insertEmergency: (emergency) =>
      run(
        statements.insertEmergency(
          nomination(emergency.nominationId),
          emergency,
        ),
      ),
    async findEmergency(nominationId) {
      const stored = await first(
        statements.emergency(nomination(nominationId)),
      );
      return stored === undefined ? null : readWithNomination(stored);
    },
    decideEmergency: (nominationId, change) =>
      update(statements.decideEmergency(nomination(nominationId), change)),
    insertQualityCheck: (check) =>
      run(statements.insertQualityCheck(nomination(check.nominationId), check)),
    async findLatestQualityCheck(nominationId) {
      const stored = await first(
        statements.latestQualityCheck(nomination(nominationId)),
      );
      return stored === undefined ? null : readQualityCheck(stored);
    },
    insertTransfer: async (transfer) =>
      formatReference(
        'transfer',
        await insertReturningId(
          db,
          statements.insertTransfer(
            nomination(transfer.nominationId),
            transfer,
          ),
        ),
      ),
    async findTransfer(transferId) {
      const id = parseReference('transfer', transferId);
      const stored =
        id === null ? undefined : await first(statements.transfer(id));
      return stored === undefined ? null : readTransfer(stored);
    },
    async findPendingTransfer(nominationId) {
      const stored = await first(
        statements.pendingTransfer(nomination(nominationId)),
      );
      return stored === undefined ? null : readTransfer(stored);
    },
    decideTransfer: (transferId, change) =>
      update(
        statements.decideTransfer(readStoredId('transfer', transferId), change),
      ),
    async findLatestTpmActionId(nominationId) {
      const latest = await first(
        statements.latestAction(nomination(nominationId)),
      );
      const id = latest?.id ?? null;
      return id === null ? null : formatReference('tpmAction', Number(id));
    },
    insertTpmAssignment: (assignment) =>
      run(
        statements.insertAssignment(
          readStoredId('tpmAction', assignment.actionId),
          readStoredId('meeting', assignment.meetingId),
          assignment,
        ),
      ),
    insertTpmUpdate: (change) =>
      run(
        statements.insertTpmUpdate(
          readStoredId('tpmAction', change.actionId),
          change,
        ),
      ),
    saveMonitoringPlan: (plan) =>
      run(statements.insertPlan(nomination(plan.nominationId), plan)),
  };
}
