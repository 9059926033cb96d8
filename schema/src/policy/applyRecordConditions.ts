import { type Caller } from '../caller';
import { type Rule } from '../register/types';
import { rankDisclosure, type RecordMarking } from '../vocabulary';
import { type CallerView } from './CallerView';
import { type DraftDecision } from './decisions';
import { toObligation } from './ownerLimits';
import { type FieldSlot } from './indexRegister';

/**
 * Raises a field decision by the best permit whose record condition this
 * record meets (e.g. a DWP officer reading the APMIS entry of a nominal put to
 * a forum in their own region, seed 000 E633-E635). A record whose marking does
 * not say, and a caller the permit does not fully match, gain nothing.
 */
export function applyRecordConditions(
  draft: DraftDecision,
  view: CallerView,
  slot: FieldSlot,
  record: RecordMarking | undefined,
): void {
  let best: Rule | undefined;
  for (const rule of slot.permits) {
    if (!rule.recordCondition) continue;
    const shortfalls = view.shortfallsOf(rule);
    if (typeof shortfalls === 'string' || shortfalls.length > 0) continue;
    if (!meetsCondition(rule, view.caller, record)) continue;
    if (!best || rankDisclosure(rule.level) > rankDisclosure(best.level))
      best = rule;
  }
  if (!best || rankDisclosure(best.level) <= rankDisclosure(draft.level))
    return;
  draft.level = best.level;
  draft.reason = 'PERMITTED';
  draft.rules = [best.id, `record:condition:${best.recordCondition ?? ''}`];
  draft.obligations = best.obligations.map((kind) =>
    toObligation(kind, slot.owner),
  );
  // Forbid overrides permit, whichever step raised the level.
  for (const rule of slot.forbids) {
    if (!view.isForbidding(rule)) continue;
    if (rankDisclosure(rule.level) < rankDisclosure(draft.level)) {
      draft.level = rule.level;
      draft.reason = rule.reason ?? 'FORBIDDEN_BY_RULE';
      draft.rules.push(rule.id);
    }
  }
}

/**
 * A record the owner holds from another agency named in its onwardConsentOf
 * (HMRC information held by the NCA: Crime and Courts Act 2013 Sch 7 para 2)
 * reaches a third agency only with the originator's recorded consent, whatever
 * its handling code says.
 */
export function applyOnwardConsent(
  draft: DraftDecision,
  caller: Caller,
  slot: FieldSlot,
  record: RecordMarking | undefined,
): void {
  const originator = record?.originator;
  if (originator === undefined || !slot.onwardConsentOf.includes(originator))
    return;
  if (caller.agency === slot.owner || caller.agency === originator) return;
  const consented = record?.consentedAgencies;
  if (Array.isArray(consented) && consented.includes(caller.agency)) return;
  if (rankDisclosure(draft.level) > rankDisclosure('WITHHELD')) {
    draft.level = 'WITHHELD';
    draft.reason = 'ORIGINATOR_CONSENT_REQUIRED';
    draft.rules.push(`record:onward-consent:${originator}`);
  }
}

function meetsCondition(
  rule: Rule,
  caller: Caller,
  record: RecordMarking | undefined,
): boolean {
  if (rule.recordCondition !== 'NOMINATED_IN_CALLER_REGION') return false;
  const regions = record?.nominatedRegions;
  if (!Array.isArray(regions)) return false;
  return caller.regions.some((region) => regions.includes(region));
}
