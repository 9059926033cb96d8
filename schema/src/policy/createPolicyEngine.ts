import { type Caller, type RequestPurpose } from '../caller';
import { type Register } from '../register/types';
import { Classification } from '../vocabulary/classification';
import { DisclosureLevel } from '../vocabulary/disclosure';
import { type CallerView, createCallerView } from './CallerView';
import { decideField } from './decideField';
import { decideRecord } from './decideRecord';
import { decideSafely, EVALUATION_ERROR, NO_PURPOSE } from './decisions';
import { indexRegister, type RegisterIndex } from './indexRegister';
import {
  type Decision,
  type DecisionTable,
  type FieldMarking,
  type PolicyEngine,
  type RecordQuestion,
} from './types';
import { createTableMemo } from './TableMemo';
import { hasPurpose, isValidCaller, isValidPurpose } from './validateInputs';

/**
 * The policy engine over one register: pure, deterministic and total. Every
 * decision it returns is frozen; anything it cannot evaluate is WITHHELD with
 * EVALUATION_ERROR (or NO_PURPOSE) rather than an exception.
 */
export function createPolicyEngine(register: Register): PolicyEngine {
  const index = indexRegister(register);
  const memo = createTableMemo();
  return {
    registerVersion: register.version,
    decide(caller, purpose, marking) {
      const view = viewOrRefusal(index, caller, purpose);
      return 'level' in view
        ? view
        : decideSafely(() => decideMarking(view, marking));
    },
    precompute(caller, purpose, markings) {
      const view = viewOrRefusal(index, caller, purpose);
      if (!Array.isArray(markings))
        return createDecisionTable(caller, purpose, view, []);
      if ('level' in view) {
        return createDecisionTable(
          caller,
          purpose,
          view,
          markings.map(() => view),
        );
      }
      const remembered = memo.recall(markings, caller, view.purpose);
      if (remembered)
        return createDecisionTable(caller, purpose, view, remembered);
      const decisions = markings.map((marking: FieldMarking) =>
        decideSafely(() => decideMarking(view, marking)),
      );
      memo.remember(markings, caller, view.purpose, decisions);
      return createDecisionTable(caller, purpose, view, decisions);
    },
  };
}

/** The caller's view of the register, or the decision that refuses every field. */
function viewOrRefusal(
  index: RegisterIndex,
  caller: Caller,
  purpose: RequestPurpose,
): CallerView | Decision {
  try {
    if (!hasPurpose(purpose)) return NO_PURPOSE;
    if (!isValidCaller(caller) || !isValidPurpose(purpose))
      return EVALUATION_ERROR;
    return createCallerView(index, caller, purpose.purpose);
  } catch {
    return EVALUATION_ERROR;
  }
}

function decideMarking(view: CallerView, marking: FieldMarking): Decision {
  const slot = view.index.slotFor(marking.owner, marking.category);
  if (!slot || !Classification.is(marking.classification))
    return EVALUATION_ERROR;
  return view.rememberField(slot, marking.classification, () =>
    decideField(view, slot, marking),
  );
}

function createDecisionTable(
  caller: Caller,
  purpose: RequestPurpose,
  view: CallerView | Decision,
  decisions: readonly Decision[],
): DecisionTable {
  return {
    caller,
    purpose,
    // The hot path: one array read per resolved field.
    field: (position) => decisions[position] ?? EVALUATION_ERROR,
    record: (question) =>
      'level' in view
        ? view
        : decideSafely(() => decideRecordChecked(view, question)),
  };
}

function decideRecordChecked(
  view: CallerView,
  question: RecordQuestion,
): Decision {
  const { marking, field } = question;
  const slot = view.index.slotFor(marking.owner, marking.category);
  if (!slot || !Classification.is(marking.classification))
    return EVALUATION_ERROR;
  if (!isWellFormedDecision(field)) return EVALUATION_ERROR;
  return decideRecord(view, slot, question);
}

function isWellFormedDecision(decision: Decision | undefined): boolean {
  return (
    decision !== undefined &&
    DisclosureLevel.is(decision.level) &&
    Array.isArray(decision.rules) &&
    Array.isArray(decision.obligations)
  );
}
