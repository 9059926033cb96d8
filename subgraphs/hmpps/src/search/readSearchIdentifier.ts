/** Prison numbers (A1234BC) and probation case reference numbers (X123456). */
const PRISON_NUMBER = /^[A-Z][0-9]{4}[A-Z]{2}$/;
const CRN = /^[A-Z][0-9]{6}$/;

export type HmppsReferenceKind = 'PRISON_NUMBER' | 'CRN';

/** What HMPPS can judge of a search: its identifier, if it is an HMPPS reference. */
export interface HmppsSearch {
  reference: string;
  kind: HmppsReferenceKind;
  limit: number;
}

/**
 * Reads a search's canonical criteria (the NominalSearch key APMIS validated)
 * for the one criterion HMPPS holds: HMPPS keeps no names or dates of birth, so
 * a search without a prison number or CRN matches nothing here. Anything not
 * in the canonical shape matches nothing either.
 */
export function readHmppsSearch(criteria: string): HmppsSearch | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(criteria);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { identifier, limit } = parsed as Record<string, unknown>;
  if (typeof identifier !== 'string' || typeof limit !== 'number') return null;
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) return null;
  const kind = PRISON_NUMBER.test(identifier)
    ? 'PRISON_NUMBER'
    : CRN.test(identifier)
      ? 'CRN'
      : null;
  return kind === null ? null : { reference: identifier, kind, limit };
}
