import { type Purpose } from '@marsoc/schema';
import {
  type AuditActor,
  type AuditDisclosure,
  type AuditOutcome,
  type AuditRecord,
  type ProcessingType,
} from './types';
import { disclosureAbout, nominalsOfDisclosure } from './disclosureAbout';

/** One recorded consultation of a nominal, as an auditor reads it. */
export interface Access {
  time: string;
  requestId: string;
  service: string;
  actor: AuditActor;
  purpose: Purpose | null;
  justification: string | null;
  processing: ProcessingType;
  outcome: AuditOutcome;
  /** Per owner and category: what was released, summarised, held or withheld. */
  shown: AuditDisclosure[];
}

export interface FindAccessesOptions {
  /**
   * The auditor asking. No one audits their own activity (PND Code;
   * docs/audit-design.md#the-auditors-view), so their own records are left out.
   * Null only where the reader is not a person (e.g. a test of the log).
   */
  excludeActorSub: string | null;
}

/** Every record that touched `nominalId`, oldest first, without the auditor's own. */
export function findAccessesTo(
  records: Iterable<AuditRecord>,
  nominalId: string,
  options: FindAccessesOptions,
): Access[] {
  const accesses: Access[] = [];
  for (const record of records) {
    if (record.actor.sub === options.excludeActorSub) continue;
    const named = record.nominalIds.includes(nominalId);
    const shown = record.disclosures.flatMap((disclosure) => {
      if (nominalsOfDisclosure(disclosure).length === 0)
        return named ? [disclosure] : [];
      return disclosureAbout(disclosure, nominalId) ?? [];
    });
    if (!named && shown.length === 0) continue;
    accesses.push(toAccess(record, shown));
  }
  return accesses.sort(compareAccesses);
}

function toAccess(record: AuditRecord, shown: AuditDisclosure[]): Access {
  return {
    time: record.time,
    requestId: record.requestId,
    service: record.service,
    actor: record.actor,
    purpose: record.purpose,
    justification: record.justification,
    processing: record.processing,
    outcome: record.outcome,
    shown,
  };
}

function compareAccesses(a: Access, b: Access): number {
  // Instants are compared as instants: fractional digits may differ in length.
  return (
    Date.parse(a.time) - Date.parse(b.time) ||
    a.requestId.localeCompare(b.requestId) ||
    a.service.localeCompare(b.service)
  );
}
