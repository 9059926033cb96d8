import { type Caller } from '@marsoc/schema/caller';
import {
  type Agency,
  type Classification,
  type Region,
  type Role,
  VETTING_GRANTS,
  type Vetting,
} from '@marsoc/schema/vocabulary';

/** What the `me` query tells callers about their own access. */
export interface ClearanceDescription {
  vetting: Vetting;
  /** The highest classification the vetting gives regular access to. */
  maxClassification: Classification;
  agency: Agency;
  roles: readonly Role[];
  regions: readonly Region[];
}

/**
 * Describes a caller's standing clearance. Occasional access above
 * maxClassification needs an explicit, audited authorisation and is never
 * implied here (docs/classification.md#who-may-see-what).
 */
export function describeClearance(caller: Caller): ClearanceDescription {
  return {
    vetting: caller.vetting,
    maxClassification: VETTING_GRANTS[caller.vetting],
    agency: caller.agency,
    roles: caller.roles,
    regions: caller.regions,
  };
}
