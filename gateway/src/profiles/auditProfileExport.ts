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
  const { context, answer } = toAudit;
  const disclosures = toAuditDisclosures(
    context.disclosures.flatMap((disclosure) => disclosure.entries),
  );
  return sink.append({
    time: toAudit.now.toISOString(),
    requestId: context.requestId,
    service: 'gateway',
    actor: {
      ...context.caller,
      regions: [...context.caller.regions],
      roles: [...context.caller.roles],
    },
    purpose: context.purpose?.purpose ?? null,
    justification: context.purpose?.justification ?? null,
    // The format travels in the operation's name, as it does in every owner's record.
    operationName: describeExportOperationName(toAudit.format),
    operationHash: createHash('sha256')
      .update(createProfileOperation(toAudit.format))
      .digest('hex'),
    processing: 'DISCLOSURE',
    nominalIds: [toAudit.nominalId],
    disclosures,
    registerVersion: toAudit.registerVersion,
    supergraphVersion: toAudit.supergraphVersion,
    outcome: readAuditOutcome({
      operation: undefined,
      data: answer.data,
      errors: answer.errors,
      disclosures,
    }),
  });
}
