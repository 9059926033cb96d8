import {
  type Access,
  type AuditActor,
  type AuditDisclosure,
} from '@marsoc/platform';

/**
 * Every object the marked fields resolve on carries the nominal asked about,
 * so the auditor's own query is recorded as a consultation of that nominal's
 * audit trail (and so visible to the next auditor).
 */
interface AboutNominal {
  nominalId: string;
}

export interface AuditActorRow extends AboutNominal {
  sub: string;
  name: string | null;
  agency: string;
  unit: string;
  roles: string[];
  vetting: string;
}

export interface AuditDisclosureCountsRow extends AboutNominal {
  released: number;
  summarised: number;
  held: number;
  withheld: number;
}

export interface AuditDisclosureRow extends AboutNominal {
  owner: string;
  category: string;
  released: string[];
  summarised: string[];
  held: string[];
  withheld: string[];
  counts: AuditDisclosureCountsRow;
  reasons: string[];
}

export interface AuditAccessRow extends AboutNominal {
  time: string;
  requestId: string;
  service: string;
  processing: string;
  outcome: string;
  actor: AuditActorRow;
  purpose: string | null;
  justification: string | null;
  shown: AuditDisclosureRow[];
}

/**
 * Copies, property by property, only what the schema exposes: an audit record
 * holds field names and counts, never a value, and rule ids, the operation
 * hash and the actor's regions stay in the log.
 */
export function toAccessRow(access: Access, nominalId: string): AuditAccessRow {
  return {
    nominalId,
    time: access.time,
    requestId: access.requestId,
    service: access.service,
    processing: access.processing,
    outcome: access.outcome,
    actor: toActorRow(access.actor, nominalId),
    purpose: access.purpose,
    justification: access.justification,
    shown: access.shown.map((disclosure) =>
      toDisclosureRow(disclosure, nominalId),
    ),
  };
}

function toActorRow(actor: AuditActor, nominalId: string): AuditActorRow {
  return {
    nominalId,
    sub: actor.sub,
    name: actor.name ?? null,
    agency: actor.agency,
    unit: actor.unit,
    roles: [...actor.roles],
    vetting: actor.vetting,
  };
}

function toDisclosureRow(
  disclosure: AuditDisclosure,
  nominalId: string,
): AuditDisclosureRow {
  const { counts } = disclosure;
  return {
    nominalId,
    owner: disclosure.owner,
    category: disclosure.category,
    released: [...disclosure.released],
    summarised: [...disclosure.summarised],
    held: [...disclosure.held],
    withheld: [...disclosure.withheld],
    counts: {
      nominalId,
      released: counts.released,
      summarised: counts.summarised,
      held: counts.held,
      withheld: counts.withheld,
    },
    reasons: [...(disclosure.reasons ?? [])],
  };
}
