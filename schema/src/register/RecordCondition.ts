import { createEnumeration } from '../vocabulary';

/**
 * A condition a permit places on each record, judged against the record's own
 * marking rather than the caller alone. A permit with one never decides a field
 * by itself: it opens a record only when the record says the condition holds,
 * so a record that says nothing stays closed (fail closed).
 *
 * NOMINATED_IN_CALLER_REGION: the nominal has been put to a MARSOC forum in one
 * of the caller's regions (RecordMarking.nominatedRegions), seed 000 E633-E635.
 */
export const RecordCondition = createEnumeration('RecordCondition', [
  'NOMINATED_IN_CALLER_REGION',
] as const);
export type RecordCondition = (typeof RecordCondition.values)[number];
