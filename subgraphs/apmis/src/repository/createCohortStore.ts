import { type CohortStore } from './CohortStore';
import { cohortStatements as statements } from './cohortStatements';
import { readStoredTpmAction } from './readStoredCohortRecords';
import { readStoredNomination } from './readStoredNomination';
import { formatReference, parseReference, readStoredId } from './references';
import {
  changeOneRow,
  insertReturningId,
  readFirstRow,
  type StoreHandle,
} from './storeStatements';

/**
 * The cohort workflow over the APMIS store, on either dialect. Made on the
 * write's transaction (ApmisWrites), every read a decision rests on and every
 * write runs in it. Each update must touch exactly one row, or the whole
 * transaction fails.
 */
export function createCohortStore(db: StoreHandle): CohortStore {
  const update = (query: Parameters<typeof changeOneRow>[1]) =>
    changeOneRow(db, query, 'cohort');
  const nomination = (reference: string) =>
    readStoredId('nomination', reference);
  return {
    findMasterListRegion: async (nominalId) =>
      (await readFirstRow(db, statements.region(nominalId)))?.region ?? null,
    async findLatestNomination(nominalId) {
      const stored = await readFirstRow(db, statements.latest(nominalId));
      return stored === undefined ? null : readStoredNomination(stored);
    },
    async findNomination(nominationId) {
      const id = parseReference('nomination', nominationId);
      const stored =
        id === null
          ? undefined
          : await readFirstRow(db, statements.nomination(id));
      return stored === undefined ? null : readStoredNomination(stored);
    },
    async findTpmAction(actionId) {
      const id = parseReference('tpmAction', actionId);
      const stored =
        id === null ? undefined : await readFirstRow(db, statements.action(id));
      return stored === undefined ? null : readStoredTpmAction(stored);
    },
    insertNomination: async (row) =>
      formatReference(
        'nomination',
        await insertReturningId(db, statements.insertNomination(row)),
      ),
    recordNotPutForward: (nominationId, reason) =>
      update(statements.notPutForward(nomination(nominationId), reason)),
    recordForumDecision: (nominationId, change) =>
      update(statements.forumDecision(nomination(nominationId), change)),
    saveFourPPlan: (plan) =>
      update(statements.plan(nomination(plan.nominationId), plan)),
    insertTpmAction: async (action) =>
      formatReference(
        'tpmAction',
        await insertReturningId(
          db,
          statements.insertAction(nomination(action.nominationId), action),
        ),
      ),
    updateTpmActionStatus: (actionId, status, updatedAt) =>
      update(
        statements.actionStatus(
          readStoredId('tpmAction', actionId),
          status,
          updatedAt,
        ),
      ),
    recordDeselection: (nominationId, change) =>
      update(statements.deselection(nomination(nominationId), change)),
    recordTransfer: (nominationId, toRegion) =>
      update(statements.transfer(nomination(nominationId), toRegion)),
    recordExit: (nominationId, change) =>
      update(statements.exit(nomination(nominationId), change)),
    appendEvent: (event) =>
      update(statements.event(nomination(event.nominationId), event)),
    findLatestQualityOutcome: async (nominationId) =>
      (
        await readFirstRow(
          db,
          statements.qualityOutcome(nomination(nominationId)),
        )
      )?.outcome ?? null,
  };
}
