import { createHash } from 'node:crypto';
import {
  type AuditRecord,
  type AuditSink,
  readAuditOutcome,
  toAuditDisclosures,
} from '@marsoc/platform';
import { type GatewayContext } from '../GatewayContext';
import { type ProfileAnswer } from './readAnswer';
import { type ProfileFormat } from './ProfileDocument';
import {
  describeExportOperationName,
  createProfileOperation,
} from './subjectProfileOperation';

export interface ExportToAudit {
  context: GatewayContext;
  nominalId: string;
  format: ProfileFormat;
  answer: ProfileAnswer;
  registerVersion: string;
  supergraphVersion: string;
  now: Date;
}

/**
 * Records the export itself as an onward DISCLOSURE (DPA 2018 s.62(1)) by the
 * gateway: who took which nominal's profile away, in which format, why, and
 * which owners' categories it held, by name and count, never a value. It
 * shares the request id with the owners' records of the fetch behind it. The
 * caller must not get the document unless this resolves.
 */
export function auditProfileExport(
  sink: AuditSink,
  toAudit: ExportToAudit,
): Promise<AuditRecord> {
  return appendExportRecord(sink, {
    ...toAudit,
    nominalIds: [toAudit.nominalId],
    // The format travels in the operation's name, as it does in every owner's record.
    operationName: describeExportOperationName(toAudit.format),
    operationText: createProfileOperation(toAudit.format),
    answers: [toAudit.answer],
  });
}

/** One document export's DISCLOSURE record: what it was made from, never a value. */
export interface ExportRecord {
  /** The caller's context; its disclosures are every part's, by owner and category. */
  context: GatewayContext;
  nominalIds: readonly string[];
  operationName: string;
  /** The operation text behind the document, hashed into the record. */
  operationText: string;
  /** The answers the document was built from. */
  answers: readonly ProfileAnswer[];
  registerVersion: string;
  supergraphVersion: string;
  now: Date;
}

/**
 * Appends an export's onward DISCLOSURE record (a Subject Profile's, a forum
 * pack's) at the gateway, naming every nominal in the document.
 */
export function appendExportRecord(
  sink: AuditSink,
  record: ExportRecord,
): Promise<AuditRecord> {
  const { context } = record;
  const disclosures = toAuditDisclosures(
    context.disclosures.flatMap((disclosure) => disclosure.entries),
  );
  return sink.append({
    time: record.now.toISOString(),
    requestId: context.requestId,
    service: 'gateway',
    actor: {
      ...context.caller,
      regions: [...context.caller.regions],
      roles: [...context.caller.roles],
    },
    purpose: context.purpose?.purpose ?? null,
    justification: context.purpose?.justification ?? null,
    operationName: record.operationName,
    operationHash: createHash('sha256')
      .update(record.operationText)
      .digest('hex'),
    processing: 'DISCLOSURE',
    nominalIds: [...record.nominalIds],
    disclosures,
    registerVersion: record.registerVersion,
    supergraphVersion: record.supergraphVersion,
    outcome: readAuditOutcome({
      operation: undefined,
      data: record.answers[0]?.data,
      errors: record.answers.flatMap((answer) => answer.errors ?? []),
      disclosures,
    }),
  });
}
