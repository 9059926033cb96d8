import {
  type Classification,
  type DisclosureLevel,
  type PolicyEngine,
  VETTING_GRANTS,
} from '@marsoc/schema';
import { type CallerCase } from './callers';
import { type Truth } from './ownerTruth';
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
  /**
   * True when some field opens to this caller only per record, for nominals
   * put to a forum in the caller's own regions (REGION_NOT_PERMITTED at field
   * level; a DWP officer's APMIS identity and cohort status). For such a caller
   * two nominals are alike only if both or neither were so nominated.
   */
  readonly opensPerNominatedRegion: boolean;
  /** True for a field that the regional condition opens per record. */
  opensPerRecord(coordinate: string): boolean;
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
  const opensPerNominatedRegion = model.markingList.some(
    (_, index) => table.field(index).reason === 'REGION_NOT_PERMITTED',
  );
  return {
    callerCase,
    opensPerNominatedRegion,
    ceiling: VETTING_GRANTS[callerCase.caller.vetting],
    opensPerRecord(coordinate) {
      const index = model.markingIndex.get(coordinate);
      return (
        index !== undefined &&
        table.field(index).reason === 'REGION_NOT_PERMITTED'
      );
    },
    level(coordinate) {
      const index = model.markingIndex.get(coordinate);
      return index === undefined ? 'FULL' : table.field(index).level;
    },
  };
}

/**
 * Whether a per-record regional condition opens this nominal to the caller:
 * put to a forum in one of the caller's regions (the cohort entry's region,
 * which is what APMIS marks its records with).
 */
export function isNominatedIn(
  truth: Truth | undefined,
  view: CallerView,
): boolean {
  if (!view.opensPerNominatedRegion) return false;
  const cohort = truth?.cohort as { region?: unknown } | null | undefined;
  const region = cohort?.region;
  return (
    typeof region === 'string' &&
    (view.callerCase.caller.regions as readonly string[]).includes(region)
  );
}
