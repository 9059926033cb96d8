import { type Caller } from '../caller';
import { type Rule } from '../register/types';
import { type Classification } from '../vocabulary/classification';
import { type Clearance } from '../vocabulary/clearance';
import { type Purpose } from '../vocabulary/purpose';
import { VETTING_CLEARANCES } from '../vocabulary/vetting';
import { type FieldSlot, type RegisterIndex } from './indexRegister';
import { type Decision } from './types';
import {
  isForbidApplicable,
  listShortfalls,
  type NOT_A_RECIPIENT,
  type Shortfall,
} from './matchRule';

/**
 * One caller and purpose seen against the register. What a rule says about the
 * caller does not depend on the field, so each rule is matched once per view and
 * the answer reused for every field it covers.
 */
export interface CallerView {
  index: RegisterIndex;
  caller: Caller;
  purpose: Purpose;
  /** The tiers and caveats the caller's vetting gives regular access to. */
  clearance: Clearance;
  shortfallsOf(rule: Rule): readonly Shortfall[] | typeof NOT_A_RECIPIENT;
  isForbidding(rule: Rule): boolean;
  /**
   * The field decision for a slot and classification, computed once per view:
   * a schema has many fields but few distinct (owner, category, classification).
   */
  rememberField(
    slot: FieldSlot,
    classification: Classification,
    decide: () => Decision,
  ): Decision;
}

export function createCallerView(
  index: RegisterIndex,
  caller: Caller,
  purpose: Purpose,
): CallerView {
  const shortfalls = new Map<
    Rule,
    readonly Shortfall[] | typeof NOT_A_RECIPIENT
  >();
  const forbidding = new Map<Rule, boolean>();
  const fields = new Map<FieldSlot, Map<Classification, Decision>>();
  return {
    index,
    caller,
    purpose,
    clearance: VETTING_CLEARANCES[caller.vetting],
    shortfallsOf(rule) {
      let known = shortfalls.get(rule);
      if (known === undefined) {
        known = listShortfalls(index, rule, caller, purpose);
        shortfalls.set(rule, known);
      }
      return known;
    },
    isForbidding(rule) {
      let known = forbidding.get(rule);
      if (known === undefined) {
        known = isForbidApplicable(rule, caller, purpose);
        forbidding.set(rule, known);
      }
      return known;
    },
    rememberField(slot, classification, decide) {
      let byClassification = fields.get(slot);
      if (!byClassification) {
        byClassification = new Map();
        fields.set(slot, byClassification);
      }
      let decision = byClassification.get(classification);
      if (!decision) {
        decision = decide();
        byClassification.set(classification, decision);
      }
      return decision;
    },
  };
}
