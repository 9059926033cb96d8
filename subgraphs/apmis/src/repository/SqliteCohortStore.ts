import { type SqliteDatabase } from '@marsoc/platform/store';
import type BetterSqlite3 from 'better-sqlite3';
import { type Region } from '@marsoc/schema';
import {
  type CohortFourPPlanRow,
  type CohortMembershipRow,
  type CohortTpmActionRow,
} from './CohortRows';
import { type TpmActionStatus } from './cohortVocabulary';
import { type QualityCheckOutcome } from './cycleVocabulary';
import {
  type CohortStore,
  type DeselectionChange,
  type ExitChange,
  type ForumDecisionChange,
  type NewCohortEvent,
  type NewNomination,
  type NewTpmAction,
} from './CohortStore';
import {
  type CohortStatements,
  type Parameters,
  prepareCohortStatements,
} from './cohortStatements';
import { readStoredTpmAction } from './readStoredCohortRecords';
import { readStoredNomination } from './readStoredNomination';
import { formatReference, parseReference } from './references';

/**
 * The cohort workflow over SQLite. Transactions are IMMEDIATE: the write lock is
 * taken before the workflow reads the state it decides on, so a second writer
 * (another process on the same file) waits rather than acting on stale state.
 * Each update must touch exactly one row, or the whole transaction fails.
 */
export class SqliteCohortStore implements CohortStore {
  private readonly statements: CohortStatements;

  constructor(private readonly database: SqliteDatabase) {
    this.statements = prepareCohortStatements(database);
  }

  transaction<T>(work: () => T): T {
    return this.database.transaction(work).immediate();
  }

  findMasterListRegion(nominalId: string): Region | null {
    return this.statements.region.get(nominalId) ?? null;
  }

  findLatestNomination(nominalId: string): CohortMembershipRow | null {
    const stored = this.statements.latest.get(nominalId);
    return stored === undefined ? null : readStoredNomination(stored);
  }

  findNomination(nominationId: string): CohortMembershipRow | null {
    const id = parseReference('nomination', nominationId);
    const stored = id === null ? undefined : this.statements.nomination.get(id);
    return stored === undefined ? null : readStoredNomination(stored);
  }

  findTpmAction(actionId: string): CohortTpmActionRow | null {
    const id = parseReference('tpmAction', actionId);
    const stored = id === null ? undefined : this.statements.action.get(id);
    return stored === undefined ? null : readStoredTpmAction(stored);
  }

  insertNomination(nomination: NewNomination): string {
    const id = this.statements.insertNomination.run({
      ...nomination,
      mandatoryCriteriaMet: JSON.stringify(nomination.mandatoryCriteriaMet),
      otherCriteriaMet: JSON.stringify(nomination.otherCriteriaMet),
    }).lastInsertRowid;
    return formatReference('nomination', Number(id));
  }

  recordNotPutForward(nominationId: string, reason: string): void {
    this.update(this.statements.notPutForward, nominationId, { reason });
  }

  recordForumDecision(nominationId: string, change: ForumDecisionChange): void {
    this.update(this.statements.forumDecision, nominationId, {
      ...change,
      supportingAgencies: JSON.stringify(change.supportingAgencies),
      strategicObjectives: JSON.stringify(change.strategicObjectives),
    });
  }

  saveFourPPlan(plan: CohortFourPPlanRow): void {
    this.update(this.statements.plan, plan.nominationId, {
      ...plan,
      pursue: JSON.stringify(plan.pursue),
      prevent: JSON.stringify(plan.prevent),
      protect: JSON.stringify(plan.protect),
      prepare: JSON.stringify(plan.prepare),
    });
  }

  insertTpmAction(action: NewTpmAction): string {
    const id = this.statements.insertAction.run({
      ...action,
      id: this.readId('nomination', action.nominationId),
    }).lastInsertRowid;
    return formatReference('tpmAction', Number(id));
  }

  updateTpmActionStatus(
    actionId: string,
    status: TpmActionStatus,
    updatedAt: string,
  ): void {
    const id = this.readId('tpmAction', actionId);
    this.expectOneRow(
      this.statements.actionStatus.run({ id, status, updatedAt }).changes,
    );
  }

  recordDeselection(nominationId: string, change: DeselectionChange): void {
    this.update(this.statements.deselection, nominationId, { ...change });
  }

  recordTransfer(nominationId: string, toRegion: Region): void {
    this.update(this.statements.transfer, nominationId, { region: toRegion });
  }

  recordExit(nominationId: string, change: ExitChange): void {
    this.update(this.statements.exit, nominationId, {
      ...change,
      alertAgencies: JSON.stringify(change.alertAgencies),
      nationalRecordsUpdated: change.nationalRecordsUpdated ? 1 : 0,
      partnersUpdated: change.partnersUpdated ? 1 : 0,
    });
  }

  appendEvent(event: NewCohortEvent): void {
    this.update(this.statements.event, event.nominationId, { ...event });
  }

  findLatestQualityOutcome(nominationId: string): QualityCheckOutcome | null {
    const id = this.readId('nomination', nominationId);
    return this.statements.qualityOutcome.get(id) ?? null;
  }

  private update(
    statement: BetterSqlite3.Statement<[Parameters]>,
    nominationId: string,
    parameters: Parameters,
  ): void {
    const id = this.readId('nomination', nominationId);
    this.expectOneRow(statement.run({ ...parameters, id }).changes);
  }

  private readId(kind: 'nomination' | 'tpmAction', reference: string): number {
    const id = parseReference(kind, reference);
    if (id === null) throw new Error(`not a ${kind} reference`);
    return id;
  }

  private expectOneRow(changes: number): void {
    if (changes !== 1)
      throw new Error(`a cohort write touched ${changes} rows, not one`);
  }
}
