import {
  type Caller,
  type DisclosureLevel,
  type GrantLevel,
  type Region,
} from '@marsoc/schema';
import {
  type DisclosureRequestRules,
  type LegalBasis,
} from '@marsoc/schema/register';
import { describeValue, readBoundedText } from '../grants/boundedText';
import { validateExpiry } from '../grants/validateExpiry';
import { validateGrantScope } from '../grants/validateGrantScope';
import {
  DisclosureDecision,
  type DisclosureDecisionInput,
  type DisclosureRequestRecord,
} from './DisclosureRequestRecord';

export const MAX_DECISION_REASON_LENGTH = 1000;

/** What an accepted decision will do. */
export type DecisionPlan =
  | { decision: 'DECLINE'; reason: string }
  | {
      decision: 'APPROVE' | 'PARTIAL';
      level: GrantLevel;
      basis: LegalBasis;
      expiresAt: string;
      /** An optional note the requester reads. */
      reason: string | null;
      regions: Region[];
      /** Null: every unit in the regions. */
      units: string[] | null;
    };

export interface DecisionContext {
  /** The deciding disclosure officer. */
  caller: Caller;
  request: DisclosureRequestRecord;
  rules: DisclosureRequestRules;
  /** Levels the owner never releases at (HMRC: SUMMARY). */
  forbiddenLevels: readonly DisclosureLevel[];
  /** The request's clock reading, in ms. */
  now: number;
}

export type DecisionCheck =
  { ok: true; plan: DecisionPlan } | { ok: false; problems: string[] };

/** Fields only an approval takes: a decline grants nothing, so it names none of them. */
const APPROVAL_ONLY = [
  'legalBasis',
  'expiresAt',
  'regions',
  'units',
  'allUnits',
] as const;

/**
 * Every problem with a disclosure officer's decision on a request, each a
 * sentence. An approval names a legal basis from its owner's closed list that
 * serves the request's purpose (and its requester, where the basis says whom
 * it serves) and an expiry; its grant reaches the request's region and unit
 * unless the officer widens it. A part approval is a grant at SUMMARY, which
 * an owner that never summarises cannot give. A decline gives its reason.
 */
export function validateDecisionInput(
  input: DisclosureDecisionInput,
  context: DecisionContext,
): DecisionCheck {
  const decision = input.decision;
  if (!DisclosureDecision.is(decision)) {
    return {
      ok: false,
      problems: [
        `decision ${describeValue(decision)} is not one of ${DisclosureDecision.values.join(', ')}.`,
      ],
    };
  }
  return decision === 'DECLINE'
    ? checkDecline(input)
    : checkApproval(input, decision, context);
}

function checkDecline(input: DisclosureDecisionInput): DecisionCheck {
  const problems = APPROVAL_ONLY.filter(
    (field) => input[field] !== undefined && input[field] !== null,
  ).map(
    (field) =>
      `${field} is for an approval; a decline grants nothing, so leave it out.`,
  );
  const reason = readBoundedText(
    input.reason,
    'reason (which the requester reads)',
    MAX_DECISION_REASON_LENGTH,
  );
  if (!reason.ok) problems.push(reason.problem);
  if (problems.length > 0 || !reason.ok) return { ok: false, problems };
  return { ok: true, plan: { decision: 'DECLINE', reason: reason.text } };
}

function checkApproval(
  input: DisclosureDecisionInput,
  decision: 'APPROVE' | 'PARTIAL',
  context: DecisionContext,
): DecisionCheck {
  const { request } = context;
  const problems: string[] = [];
  const basis = readLegalBasis(input.legalBasis, context, problems);
  const level: GrantLevel = decision === 'PARTIAL' ? 'SUMMARY' : 'FULL';
  if (context.forbiddenLevels.includes(level)) {
    problems.push(
      `${request.owner} never releases at ${level}, so it cannot approve in part: approve in full or decline.`,
    );
  }
  problems.push(...validateExpiry(input.expiresAt, context.now));
  const note = readNote(input.reason, problems);
  const scope = readScope(input, context, problems);
  if (problems.length > 0 || !basis || !scope || note === undefined)
    return { ok: false, problems };
  return {
    ok: true,
    plan: {
      decision,
      level,
      basis,
      expiresAt: new Date(Date.parse(input.expiresAt as string)).toISOString(),
      reason: note,
      ...scope,
    },
  };
}

function readLegalBasis(
  value: unknown,
  { request, rules }: DecisionContext,
  problems: string[],
): LegalBasis | undefined {
  const listed = [...rules.legalBases.values()].filter(
    (basis) => basis.owner === request.owner,
  );
  const basis =
    typeof value === 'string' ? rules.legalBases.get(value) : undefined;
  if (!basis || basis.owner !== request.owner) {
    problems.push(
      `legalBasis ${describeValue(value)} is not on ${request.owner}'s list: ${listed.map((each) => each.id).join(', ')}.`,
    );
    return undefined;
  }
  if (!basis.purposes.includes(request.purpose)) {
    problems.push(
      `legalBasis ${basis.id} (${basis.statute} ${basis.provision}) does not serve ${request.purpose}, the purpose the request was raised for.`,
    );
  }
  if (basis.recipients && !basis.recipients.includes(request.requesterAgency)) {
    problems.push(
      `legalBasis ${basis.id} serves a request from ${basis.recipients.join(' or ')} only, not ${request.requesterAgency}.`,
    );
  }
  return basis;
}

function readNote(
  value: unknown,
  problems: string[],
): string | null | undefined {
  if (value === undefined || value === null) return null;
  const reading = readBoundedText(value, 'reason', MAX_DECISION_REASON_LENGTH);
  if (reading.ok) return reading.text;
  problems.push(reading.problem);
  return undefined;
}

/** The request's region and unit, unless the officer widens them. */
function readScope(
  input: DisclosureDecisionInput,
  { request, caller }: DecisionContext,
  problems: string[],
): { regions: Region[]; units: string[] | null } | undefined {
  const allUnits = input.allUnits ?? false;
  if (typeof allUnits !== 'boolean') {
    problems.push('allUnits must be true or false.');
    return undefined;
  }
  const unitsGiven = input.units !== undefined && input.units !== null;
  if (allUnits && unitsGiven) {
    problems.push(
      'units and allUnits cannot both be given: name the units, or reach every unit.',
    );
    return undefined;
  }
  const regions = input.regions ?? [request.forRegion];
  const units = allUnits ? null : unitsGiven ? input.units : [request.forUnit];
  // The grant scope's own reading; its defaults (the officer's) never apply here.
  const reading = validateGrantScope(regions, units, caller);
  for (const { message } of reading.problems) problems.push(message);
  return reading.scope;
}
