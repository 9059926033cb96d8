import {
  type DisclosureLevel,
  rankDisclosure,
  type ReasonCode,
} from '../vocabulary/disclosure';
import { type Decision, type Obligation } from './types';

const EXISTENCE_RANK = rankDisclosure('EXISTENCE');
const NONE: readonly Obligation[] = Object.freeze([]);

/** What every failure collapses to: nothing released, no route, nothing grantable. */
export const EVALUATION_ERROR: Decision = Object.freeze({
  level: 'WITHHELD',
  reason: 'EVALUATION_ERROR',
  rules: Object.freeze([]),
  obligations: Object.freeze([]),
  grantable: false,
});

export const NO_PURPOSE: Decision = Object.freeze({
  level: 'WITHHELD',
  reason: 'NO_PURPOSE',
  rules: Object.freeze([]),
  obligations: Object.freeze([]),
  grantable: false,
});

/** A decision while it is being worked out; only ever lowered once permits are chosen. */
export interface DraftDecision {
  level: DisclosureLevel;
  reason: ReasonCode;
  rules: string[];
  obligations: Obligation[];
  grantable: boolean;
}

/** Lowers the draft to `level` (never raises it), recording why and by which rule. */
export function capDecision(
  draft: DraftDecision,
  level: DisclosureLevel,
  reason: ReasonCode,
  ruleId: string,
): void {
  if (rankDisclosure(level) >= rankDisclosure(draft.level)) return;
  draft.level = level;
  draft.reason = reason;
  draft.grantable = false;
  if (!draft.rules.includes(ruleId)) draft.rules.push(ruleId);
}

/**
 * Freezes the draft into a Decision (taking over its arrays). The route is given on anything a caller may
 * ask more about; NCND carries none, since it must look exactly like absence.
 */
export function finishDecision(draft: DraftDecision, route: string): Decision {
  const released = rankDisclosure(draft.level) >= EXISTENCE_RANK;
  const askable = draft.level !== 'FULL' && draft.level !== 'NCND';
  const decision: Decision = {
    level: draft.level,
    reason: draft.reason,
    rules: Object.freeze(draft.rules),
    obligations:
      released && draft.obligations.length > 0
        ? Object.freeze(draft.obligations)
        : NONE,
    grantable: draft.grantable && draft.level !== 'FULL',
  };
  if (askable) decision.route = route;
  return Object.freeze(decision);
}

/** Runs `decide`, turning any exception into a withheld decision (fail closed). */
export function decideSafely(decide: () => Decision): Decision {
  try {
    return decide();
  } catch {
    return EVALUATION_ERROR;
  }
}
