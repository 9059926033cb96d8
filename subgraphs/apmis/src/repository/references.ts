/**
 * Cohort record references as callers see them (`CN-000042`, `TPM-000007`,
 * `CE-000123`); the store keys the rows by integer.
 */
export const REFERENCE_PREFIX = {
  nomination: 'CN',
  tpmAction: 'TPM',
  event: 'CE',
  meeting: 'MTG',
  agendaItem: 'MAI',
  meetingDecision: 'MD',
  disruptionRecord: 'DR',
  flagChange: 'DFC',
  qualityCheck: 'CQC',
  transfer: 'CT',
  tpmUpdate: 'TU',
} as const;

export type ReferenceKind = keyof typeof REFERENCE_PREFIX;

export function formatReference(kind: ReferenceKind, id: number): string {
  return `${REFERENCE_PREFIX[kind]}-${String(id).padStart(6, '0')}`;
}

/** The integer behind a reference, or null when it is not one of `kind`'s. */
export function parseReference(
  kind: ReferenceKind,
  reference: string,
): number | null {
  const match = /^([A-Z]+)-(\d{6,12})$/.exec(reference);
  if (match === null || match[1] !== REFERENCE_PREFIX[kind]) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** The integer behind a reference the workflow already holds; anything else is a fault. */
export function readStoredId(kind: ReferenceKind, reference: string): number {
  const id = parseReference(kind, reference);
  if (id === null) throw new Error(`not a ${kind} reference`);
  return id;
}

/** The integers behind those references that are `kind`'s; the rest are dropped. */
export function parseReferences(
  kind: ReferenceKind,
  references: readonly string[],
): number[] {
  return references
    .map((reference) => parseReference(kind, reference))
    .filter((id): id is number => id !== null);
}
