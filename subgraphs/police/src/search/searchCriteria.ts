// The canonical criteria APMIS wrote: police read them again rather than trust them.
export { readSearchCriteria, type SearchCriteria } from '@marsoc/schema/wire';

/** PNC ID (e.g. 03/1862724J) and CRO number (e.g. 537877/04E) formats. */
const PNC_ID = /^\d{2}\/\d{1,7}[A-Z]$/;
const CRO_NUMBER = /^\d{1,6}\/\d{2}[A-Z]$/;

/** Which police identifier an identifier criterion is, if either: police judge no other. */
export function classifyPoliceIdentifier(
  identifier: string | null,
): 'PNC_ID' | 'CRO_NUMBER' | null {
  if (identifier === null) return null;
  if (PNC_ID.test(identifier)) return 'PNC_ID';
  if (CRO_NUMBER.test(identifier)) return 'CRO_NUMBER';
  return null;
}
