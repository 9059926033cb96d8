import {
  type Classification,
  type DisclosureLevel,
  type PolicyEngine,
  VETTING_GRANTS,
} from '@marsoc/schema';
import { type CallerCase } from './callers';
import { type SupergraphModel } from './supergraphModel';

/**
 * What the register lets one caller, with one purpose, see of each field: the
 * policy engine's own decisions, never an expected answer written here. The
 * seeded stores hold no disclosure grants (setup proves it), so a field's
 * decision is the same for every nominal.
 */
export interface CallerView {
  readonly callerCase: CallerCase;
  /** The level for `Type.field`; unmarked fields (ids, keys) are FULL. */
  level(coordinate: string): DisclosureLevel;
  /** The highest record classification the caller's vetting reaches. */
  readonly ceiling: Classification;
}

export function isHidden(level: DisclosureLevel): boolean {
  return level === 'NCND' || level === 'WITHHELD';
}

export function createCallerView(
  policy: PolicyEngine,
  model: SupergraphModel,
  callerCase: CallerCase,
): CallerView {
  const table = policy.precompute(
    callerCase.caller,
    callerCase.purpose,
    model.markingList,
  );
  return {
    callerCase,
    ceiling: VETTING_GRANTS[callerCase.caller.vetting],
    level(coordinate) {
      const index = model.markingIndex.get(coordinate);
      return index === undefined ? 'FULL' : table.field(index).level;
    },
  };
}
