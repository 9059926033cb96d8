import { readSearchCriteria } from '@marsoc/schema/wire';

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
  const read = readSearchCriteria(criteria);
  if (read === null || read.identifier === null) return null;
  const { identifier, limit } = read;
  const kind = PRISON_NUMBER.test(identifier)
    ? 'PRISON_NUMBER'
    : CRN.test(identifier)
      ? 'CRN'
      : null;
  return kind === null ? null : { reference: identifier, kind, limit };
}
