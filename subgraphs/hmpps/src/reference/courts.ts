import { findCrownCourtRegion } from '@marsoc/platform';

/**
 * Crown Courts by MARSOC region live with the shared synthetic population, so
 * that a sentence HMPPS holds and the conviction police hold name the same
 * court.
 */
export { CROWN_COURTS } from '@marsoc/platform';

export const findCourtRegion = findCrownCourtRegion;

/** Where a released prisoner goes to, and a recalled one comes from. */
export const COMMUNITY = 'Community';
