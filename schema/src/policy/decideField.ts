import { type Rule } from '../register/types';
import {
  type ClearanceShortfall,
  findClearanceShortfall,
} from '../vocabulary/clearance';
import {
  lowerDisclosure,
  rankDisclosure,
  type ReasonCode,
} from '../vocabulary/disclosure';
import { type CallerView } from './CallerView';
import { type DraftDecision, finishDecision } from './decisions';
import { type FieldSlot } from './indexRegister';
import { NOT_A_RECIPIENT, type Shortfall } from './matchRule';
import { lowerToAllowedLevel, toObligation } from './ownerLimits';
import { type Decision, type FieldMarking } from './types';

const SHORTFALL_REASONS: Readonly<Record<Shortfall, ReasonCode>> = {
  PURPOSE: 'PURPOSE_NOT_PERMITTED',
  VETTING: 'VETTING_TOO_LOW',
  ROLE: 'ROLE_NOT_PERMITTED',
  REGION: 'REGION_NOT_PERMITTED',
  AGREEMENT: 'AGREEMENT_NOT_SIGNED',
};

const FULL_RANK = rankDisclosure('FULL');

/**
 * A tier above the caller's is CLASSIFICATION_TOO_HIGH. The SENSITIVE caveat on
 * OFFICIAL is not a higher tier: what the caller lacks is the vetting the caveat
 * asks for (NPPV2 for police material), so it is VETTING_TOO_LOW.
 */
export const CLEARANCE_REASONS: Readonly<
  Record<ClearanceShortfall, ReasonCode>
> = {
  TIER: 'CLASSIFICATION_TOO_HIGH',
  CAVEAT: 'VETTING_TOO_LOW',
};

/** A permit that would have given more, and what stopped it. */
interface NearMiss {
  rule: Rule;
  shortfalls: readonly Shortfall[];
}

/**
 * The field decision for a validated caller view and marking: the best fully
 * matching permit (default WITHHELD), then the caller's vetting clearance (the
 * tier, and any handling caveat such as SENSITIVE), then forbids, then the owner's own limits.
 */
export function decideField(
  view: CallerView,
  slot: FieldSlot,
  marking: FieldMarking,
): Decision {
  const draft = applyPermits(view, slot);
  const shortfall = findClearanceShortfall(
    marking.classification,
    view.clearance,
  );
  const cleared = shortfall === undefined;
  if (!cleared) {
    // Said even where nothing was permitted: no agreement or grant could help.
    draft.level = lowerDisclosure(draft.level, 'WITHHELD');
    draft.reason = CLEARANCE_REASONS[shortfall];
  }
  const forbidden = applyForbids(view, slot, draft);
  lowerToAllowedLevel(draft, slot.forbiddenLevels);
  draft.grantable =
    cleared &&
    !forbidden &&
    (draft.reason === 'AGREEMENT_NOT_SIGNED' ||
      draft.reason === 'NO_AGREEMENT') &&
    view.purpose !== 'PERFORMANCE_REPORTING' &&
    view.purpose !== 'AUDIT' &&
    draft.level !== 'NCND' &&
    rankDisclosure(draft.level) < FULL_RANK;
  return finishDecision(draft, slot.route);
}

function applyPermits(view: CallerView, slot: FieldSlot): DraftDecision {
  let best: Rule | undefined;
  let conditional: Rule | undefined;
  const misses: NearMiss[] = [];
  for (const rule of slot.permits) {
    const shortfalls = view.shortfallsOf(rule);
    if (shortfalls === NOT_A_RECIPIENT) continue;
    if (shortfalls.length > 0) misses.push({ rule, shortfalls });
    // A permit with a record condition opens records, never the field itself.
    else if (rule.recordCondition) conditional ??= rule;
    else if (!best || rankDisclosure(rule.level) > rankDisclosure(best.level))
      best = rule;
  }
  const level = best?.level ?? 'WITHHELD';
  if (
    conditional &&
    rankDisclosure(conditional.level) > rankDisclosure(level)
  ) {
    // Only the record can say whether it opens (decideRecord).
    return {
      level,
      reason: 'REGION_NOT_PERMITTED',
      rules: [...(best ? [best.id] : []), conditional.id],
      obligations: [],
      grantable: false,
    };
  }
  const higher = misses.filter(
    (miss) => rankDisclosure(miss.rule.level) > rankDisclosure(level),
  );
  const closest = findClosestMiss(higher);
  const rules: string[] = [];
  if (best) rules.push(best.id);
  if (closest) rules.push(closest.rule.id);
  const obligations = (best?.obligations ?? []).map((kind) =>
    toObligation(kind, slot.owner),
  );
  const reason = closest
    ? explainMiss(higher, closest)
    : describeGrant(level, view.caller.agency === slot.owner);
  return { level, reason, rules, obligations, grantable: false };
}

/** The miss that came nearest: fewest shortfalls, then the highest level it offered. */
function findClosestMiss(misses: readonly NearMiss[]): NearMiss | undefined {
  let closest: NearMiss | undefined;
  for (const miss of misses) {
    const fewer =
      !closest || miss.shortfalls.length < closest.shortfalls.length;
    const sameButHigher =
      closest !== undefined &&
      miss.shortfalls.length === closest.shortfalls.length &&
      rankDisclosure(miss.rule.level) > rankDisclosure(closest.rule.level);
    if (fewer || sameButHigher) closest = miss;
  }
  return closest;
}

/** AGREEMENT_NOT_SIGNED when a signature alone would open it; else the nearest miss's first shortfall. */
function explainMiss(
  misses: readonly NearMiss[],
  closest: NearMiss,
): ReasonCode {
  const onlyAgreement = misses.some(
    (miss) =>
      miss.shortfalls.length === 1 && miss.shortfalls[0] === 'AGREEMENT',
  );
  if (onlyAgreement) return 'AGREEMENT_NOT_SIGNED';
  const first = closest.shortfalls[0];
  return first ? SHORTFALL_REASONS[first] : 'NO_AGREEMENT';
}

function describeGrant(
  level: Decision['level'],
  ownAgency: boolean,
): ReasonCode {
  if (level !== 'FULL') return 'NO_AGREEMENT';
  return ownAgency ? 'OWN_AGENCY' : 'PERMITTED';
}

/** Applies every forbid addressed to the caller (forbid overrides permit); returns whether any was. */
function applyForbids(
  view: CallerView,
  slot: FieldSlot,
  draft: DraftDecision,
): boolean {
  let forbidden = false;
  for (const rule of slot.forbids) {
    if (!view.isForbidding(rule)) continue;
    forbidden = true;
    if (rankDisclosure(rule.level) <= rankDisclosure(draft.level)) {
      draft.level = rule.level;
      draft.reason = rule.reason ?? 'FORBIDDEN_BY_RULE';
      draft.rules.push(rule.id);
    }
  }
  return forbidden;
}
