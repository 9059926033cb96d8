import { type Caller } from '../caller';
import {
  Agency,
  Classification,
  HandlingCode,
  type HandlingCondition,
  findClearanceShortfall,
  rankDisclosure,
  type RecordMarking,
  VETTING_CLEARANCES,
} from '../vocabulary';
import {
  applyOnwardConsent,
  applyRecordConditions,
} from './applyRecordConditions';
import { capDecision, type DraftDecision, finishDecision } from './decisions';
import { CLEARANCE_REASONS } from './decideField';
import { findApplicableGrant, readGrantLevel } from './findApplicableGrant';
import { type CallerView } from './CallerView';
import { type FieldSlot } from './indexRegister';
import { lowerToAllowedLevel } from './ownerLimits';
import { type Decision, type RecordQuestion } from './types';

/**
 * The decision for one record: a case-specific grant may raise a grantable field
 * decision to its level (FULL, or SUMMARY for a partial disclosure); then the record's own markings (covert, classification,
 * handling conditions) can only lower it.
 */
export function decideRecord(
  view: CallerView,
  slot: FieldSlot,
  question: RecordQuestion,
): Decision {
  const { caller, purpose } = view;
  const { field, marking, record } = question;
  const draft: DraftDecision = {
    level: field.level,
    reason: field.reason,
    rules: [...field.rules],
    obligations: [...field.obligations],
    grantable: false,
  };
  if (field.grantable) {
    const grant = findApplicableGrant(
      question.grants,
      marking,
      caller,
      purpose,
      question.now,
    );
    const level = grant ? readGrantLevel(grant) : undefined;
    if (grant && level && rankDisclosure(level) > rankDisclosure(draft.level)) {
      draft.level = level;
      draft.reason = 'CASE_SPECIFIC_DISCLOSURE';
      draft.rules = [`grant:${grant.id}`];
    }
  }
  if (field.reason === 'REGION_NOT_PERMITTED')
    applyRecordConditions(draft, view, slot, record);
  applyOnwardConsent(draft, caller, slot, record);
  if (record) applyRecordMarking(draft, caller, marking.owner, record);
  lowerToAllowedLevel(draft, slot.forbiddenLevels);
  return finishDecision(draft, slot.route);
}

function applyRecordMarking(
  draft: DraftDecision,
  caller: Caller,
  owner: Agency,
  record: RecordMarking,
): void {
  assertWellFormed(record);
  if (record.covert === true && caller.agency !== owner) {
    capDecision(draft, 'NCND', 'FORBIDDEN_BY_RULE', 'record:covert');
  }
  const shortfall = record.classification
    ? findClearanceShortfall(
        record.classification,
        VETTING_CLEARANCES[caller.vetting],
      )
    : undefined;
  if (shortfall) {
    capDecision(
      draft,
      'WITHHELD',
      CLEARANCE_REASONS[shortfall],
      'record:classification',
    );
  }
  const originator = record.originator ?? owner;
  if (caller.agency === originator) return;
  const conditions = record.conditions ?? [];
  if (record.handling === 'C' && conditions.length === 0) {
    // Handling C must record its conditions; unrecorded ones cannot be checked.
    capDecision(
      draft,
      'WITHHELD',
      'HANDLING_CONDITION',
      'record:handling:UNRECORDED',
    );
  }
  for (const condition of conditions) {
    applyCondition(draft, caller.agency, owner, record, condition);
  }
}

/** Handling-code conditions, for a caller outside the originating agency. */
function applyCondition(
  draft: DraftDecision,
  agency: Agency,
  owner: Agency,
  record: RecordMarking,
  condition: HandlingCondition,
): void {
  const ruleId = `record:handling:${condition.kind}`;
  switch (condition.kind) {
    case 'ORIGINATOR_CONSENT_REQUIRED':
      if (!(record.consentedAgencies ?? []).includes(agency)) {
        capDecision(draft, 'WITHHELD', 'ORIGINATOR_CONSENT_REQUIRED', ruleId);
      }
      return;
    case 'RESTRICT_TO_AGENCIES':
      if (!condition.agencies.includes(agency)) {
        capDecision(draft, 'WITHHELD', 'HANDLING_CONDITION', ruleId);
      }
      return;
    case 'NO_ONWARD_DISSEMINATION':
      if (agency !== owner)
        capDecision(draft, 'WITHHELD', 'HANDLING_CONDITION', ruleId);
      else draft.obligations.push({ kind: 'NO_ONWARD_DISSEMINATION' });
      return;
    case 'SANITISE_SOURCE':
      draft.obligations.push({ kind: 'SANITISE_SOURCE' });
      capDecision(draft, 'SUMMARY', 'HANDLING_CONDITION', ruleId);
      return;
    case 'FREE_TEXT':
      capDecision(draft, 'WITHHELD', 'HANDLING_CONDITION', ruleId);
      return;
  }
}

/** Record markings come from stores; anything malformed is an evaluation error. */
function assertWellFormed(record: RecordMarking): void {
  const problems = [
    record.classification !== undefined &&
      !Classification.is(record.classification),
    record.handling !== undefined && !HandlingCode.is(record.handling),
    record.originator !== undefined && !Agency.is(record.originator),
    record.covert !== undefined && typeof record.covert !== 'boolean',
    record.conditions !== undefined && !Array.isArray(record.conditions),
    record.consentedAgencies !== undefined &&
      !Array.isArray(record.consentedAgencies),
  ];
  if (problems.some(Boolean)) throw new TypeError('malformed record marking');
  for (const condition of record.conditions ?? [])
    assertWellFormedCondition(condition);
}

function assertWellFormedCondition(condition: HandlingCondition): void {
  const kinds: readonly string[] = [
    'ORIGINATOR_CONSENT_REQUIRED',
    'NO_ONWARD_DISSEMINATION',
    'RESTRICT_TO_AGENCIES',
    'SANITISE_SOURCE',
    'FREE_TEXT',
  ];
  const known =
    typeof condition === 'object' &&
    condition !== null &&
    kinds.includes(condition.kind);
  const listed =
    condition.kind !== 'RESTRICT_TO_AGENCIES' ||
    Array.isArray(condition.agencies);
  if (!known || !listed) throw new TypeError('malformed handling condition');
}
