import { type Caller } from '../caller';
import { type Purpose } from '../vocabulary/purpose';
import { type Decision, type FieldMarking } from './types';

/** Enough for every persona and purpose a deployment sees, small enough to ignore. */
const MAX_CALLERS_PER_LIST = 512;

/**
 * Field decisions remembered across requests, for marking lists that are frozen
 * (and so cannot change under the memo). A decision depends only on the caller's
 * agency, vetting, roles and regions and the purpose, so callers alike in those
 * share one frozen array of decisions.
 */
export interface TableMemo {
  recall(
    markings: readonly FieldMarking[],
    caller: Caller,
    purpose: Purpose,
  ): readonly Decision[] | undefined;
  remember(
    markings: readonly FieldMarking[],
    caller: Caller,
    purpose: Purpose,
    decisions: readonly Decision[],
  ): void;
}

export function createTableMemo(): TableMemo {
  const byList = new WeakMap<
    readonly FieldMarking[],
    Map<string, readonly Decision[]>
  >();
  return {
    recall(markings, caller, purpose) {
      if (!Object.isFrozen(markings)) return undefined;
      return byList.get(markings)?.get(describeCaller(caller, purpose));
    },
    remember(markings, caller, purpose, decisions) {
      if (!Object.isFrozen(markings)) return;
      let byCaller = byList.get(markings);
      if (!byCaller) {
        byCaller = new Map();
        byList.set(markings, byCaller);
      }
      if (byCaller.size >= MAX_CALLERS_PER_LIST) byCaller.clear();
      byCaller.set(
        describeCaller(caller, purpose),
        Object.freeze([...decisions]),
      );
    },
  };
}

/** Every caller attribute a field decision reads; all are validated enum values. */
function describeCaller(caller: Caller, purpose: Purpose): string {
  return `${caller.agency}|${caller.vetting}|${purpose}|${caller.roles.join(',')}|${caller.regions.join(',')}`;
}
