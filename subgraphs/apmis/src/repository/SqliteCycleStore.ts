import { type SqliteDatabase } from '@marsoc/platform/store';
import { type ApmisDisruptionRow } from './ApmisRepository';
import {
  type CohortTransferRow,
  type DisruptionRecordRow,
  type EmergencyNominationRow,
  type MonitoringPlanRow,
  type QualityCheckRow,
  type TpmAssignmentRow,
} from './CycleRows';
import {
  type CycleStore,
  type CycleWrite,
  type EmergencyDecisionChange,
  type Moderation,
  type NewDisruptionRecord,
  type NewEmergency,
  type NewFlagChange,
  type NewQualityCheck,
  type NewTpmUpdate,
  type NewTransfer,
  type TransferDecisionChange,
} from './CycleStore';
import { formatDisruptionId } from '../synthetic/nominalReferences';
import {
  readDisruptionRecord,
  readQualityCheck,
  readTransfer,
  readWithNomination,
} from './readStoredCycleRecords';
import { readStoredDisruption } from './readStoredDisruption';
import {
  formatReference,
  parseReference,
  type ReferenceKind,
} from './references';
import { prepareCycleStatements } from './cycleStatements';

/**
 * The cycle's disruptions and hand-offs over the APMIS SQLite store. Its writes
 * run inside the cohort store's IMMEDIATE transaction; every update must touch
 * exactly one row, or the whole transaction fails.
 */
export class SqliteCycleStore implements CycleStore {
  private readonly statements;

  constructor(database: SqliteDatabase) {
    this.statements = prepareCycleStatements(database);
  }

  findWrite(actorSub: string, clientRequestId: string): CycleWrite | null {
    return this.statements.findWrite.get(actorSub, clientRequestId) ?? null;
  }

  recordWrite(
    actorSub: string,
    clientRequestId: string,
    write: CycleWrite,
    writtenAt: string,
  ): void {
    this.statements.recordWrite.run({
      ...write,
      actorSub,
      clientRequestId,
      writtenAt,
    });
  }

  insertDisruptionRecord(record: NewDisruptionRecord): string {
    const id = this.statements.insertRecord.run({
      ...record,
      supportingAgencies: JSON.stringify(record.supportingAgencies),
      marsocFlag: record.marsocFlag ? 1 : 0,
    }).lastInsertRowid;
    return formatReference('disruptionRecord', Number(id));
  }

  findDisruptionRecord(recordId: string): DisruptionRecordRow | null {
    const stored = this.statements.record.get(
      this.readId('disruptionRecord', recordId),
    );
    return stored === undefined ? null : readDisruptionRecord(stored);
  }

  moderateDisruptionRecord(recordId: string, moderation: Moderation): void {
    this.expectOne(
      this.statements.moderate.run({
        ...moderation,
        id: this.readId('disruptionRecord', recordId),
      }).changes,
    );
  }

  insertApmisDisruption(disruption: Omit<ApmisDisruptionRow, 'id'>): string {
    const count = this.statements.countDisruptions.get(disruption.nominalId);
    const id = formatDisruptionId(disruption.nominalId, (count ?? 0) + 1);
    this.statements.insertDisruption.run({
      ...disruption,
      id,
      supportingAgencies: JSON.stringify(disruption.supportingAgencies),
      marsocFlag: disruption.marsocFlag ? 1 : 0,
    });
    return id;
  }

  findApmisDisruption(disruptionId: string): ApmisDisruptionRow | null {
    const stored = this.statements.disruption.get(disruptionId);
    return stored === undefined ? null : readStoredDisruption(stored);
  }

  setMarsocFlag(change: NewFlagChange): void {
    this.expectOne(
      this.statements.setFlag.run(change.toFlag ? 1 : 0, change.disruptionId)
        .changes,
    );
    this.statements.insertFlagChange.run({
      ...change,
      fromFlag: change.fromFlag ? 1 : 0,
      toFlag: change.toFlag ? 1 : 0,
    });
  }

  insertEmergency(emergency: NewEmergency): void {
    this.statements.insertEmergency.run({
      ...emergency,
      nominationId: this.readId('nomination', emergency.nominationId),
    });
  }

  findEmergency(nominationId: string): EmergencyNominationRow | null {
    const stored = this.statements.emergency.get(
      this.readId('nomination', nominationId),
    );
    return stored === undefined
      ? null
      : readWithNomination<EmergencyNominationRow>(stored);
  }

  decideEmergency(nominationId: string, change: EmergencyDecisionChange): void {
    this.expectOne(
      this.statements.decideEmergency.run({
        ...change,
        nominationId: this.readId('nomination', nominationId),
      }).changes,
    );
  }

  insertQualityCheck(check: NewQualityCheck): void {
    this.statements.insertQualityCheck.run({
      ...check,
      nominationId: this.readId('nomination', check.nominationId),
      reasons: JSON.stringify(check.reasons),
    });
  }

  findLatestQualityCheck(nominationId: string): QualityCheckRow | null {
    const stored = this.statements.latestQualityCheck.get(
      this.readId('nomination', nominationId),
    );
    return stored === undefined ? null : readQualityCheck(stored);
  }

  insertTransfer(transfer: NewTransfer): string {
    const id = this.statements.insertTransfer.run({
      ...transfer,
      nominationId: this.readId('nomination', transfer.nominationId),
    }).lastInsertRowid;
    return formatReference('transfer', Number(id));
  }

  findTransfer(transferId: string): CohortTransferRow | null {
    const id = parseReference('transfer', transferId);
    const stored = id === null ? undefined : this.statements.transfer.get(id);
    return stored === undefined ? null : readTransfer(stored);
  }

  findPendingTransfer(nominationId: string): CohortTransferRow | null {
    const stored = this.statements.pendingTransfer.get(
      this.readId('nomination', nominationId),
    );
    return stored === undefined ? null : readTransfer(stored);
  }

  decideTransfer(transferId: string, change: TransferDecisionChange): void {
    this.expectOne(
      this.statements.decideTransfer.run({
        ...change,
        id: this.readId('transfer', transferId),
      }).changes,
    );
  }

  findLatestTpmActionId(nominationId: string): string | null {
    const id = this.statements.latestAction.get(
      this.readId('nomination', nominationId),
    );
    return id === undefined || id === null
      ? null
      : formatReference('tpmAction', id);
  }

  insertTpmAssignment(assignment: TpmAssignmentRow): void {
    this.statements.insertAssignment.run({
      actionId: this.readId('tpmAction', assignment.actionId),
      meetingId: this.readId('meeting', assignment.meetingId),
      ownerName: assignment.ownerName,
    });
  }

  insertTpmUpdate(update: NewTpmUpdate): void {
    this.statements.insertTpmUpdate.run({
      ...update,
      actionId: this.readId('tpmAction', update.actionId),
    });
  }

  saveMonitoringPlan(plan: MonitoringPlanRow): void {
    this.statements.insertPlan.run({
      ...plan,
      nominationId: this.readId('nomination', plan.nominationId),
    });
  }

  private readId(kind: ReferenceKind, reference: string): number {
    const id = parseReference(kind, reference);
    if (id === null) throw new Error(`not a ${kind} reference`);
    return id;
  }

  private expectOne(changes: number): void {
    if (changes !== 1)
      throw new Error(`a cycle write touched ${changes} rows, not one`);
  }
}
