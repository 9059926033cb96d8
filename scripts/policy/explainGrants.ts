import {
  type DisclosureGrant,
  type DisclosureLevel,
  rankDisclosure,
  type ReasonCode,
} from '@marsoc/schema';
import { type FieldDecisions } from './explainFields';

export type GrantState =
  'IN_EFFECT' | 'NOT_YET' | 'EXPIRED' | 'REVOKED' | 'UNREADABLE_DATES';

/** A field a grant raises for the explained caller. */
export interface RaisedField {
  coordinate: string;
  before: DisclosureLevel;
  after: DisclosureLevel;
  reason: ReasonCode;
  rules: readonly string[];
}

export interface GrantExplanation {
  grant: DisclosureGrant;
  state: GrantState;
  raises: RaisedField[];
}

/**
 * For each grant, the field decisions it raises for this caller now, asked of the
 * engine's own record-level step (the one enforcement uses) with that grant
 * alone, so a grant is credited only with what it opens by itself.
 */
export function explainGrants(
  decisions: FieldDecisions,
  grants: readonly DisclosureGrant[],
  now: string,
): GrantExplanation[] {
  return grants.map((grant) => ({
    grant,
    state: describeGrantState(grant, Date.parse(now)),
    raises: listRaisedFields(decisions, grant, now),
  }));
}

function listRaisedFields(
  { fields, table }: FieldDecisions,
  grant: DisclosureGrant,
  now: string,
): RaisedField[] {
  const raised: RaisedField[] = [];
  for (const { coordinate, marking, decision } of fields) {
    if (!decision.grantable) continue;
    const after = table.record({
      field: decision,
      marking,
      grants: [grant],
      now,
    });
    if (rankDisclosure(after.level) <= rankDisclosure(decision.level)) continue;
    raised.push({
      coordinate,
      before: decision.level,
      after: after.level,
      reason: after.reason,
      rules: after.rules,
    });
  }
  return raised;
}

function describeGrantState(
  grant: DisclosureGrant,
  instant: number,
): GrantState {
  if (grant.revokedAt !== undefined && grant.revokedAt !== null)
    return 'REVOKED';
  const grantedAt = Date.parse(grant.grantedAt);
  const expiresAt = Date.parse(grant.expiresAt);
  // The engine lets a grant with an unreadable date apply to nobody.
  if (Number.isNaN(grantedAt) || Number.isNaN(expiresAt))
    return 'UNREADABLE_DATES';
  if (grantedAt > instant) return 'NOT_YET';
  if (expiresAt <= instant) return 'EXPIRED';
  return 'IN_EFFECT';
}
