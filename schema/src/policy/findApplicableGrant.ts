import { type Caller } from '../caller';
import { type Purpose, rankDisclosure } from '../vocabulary';
import {
  type DisclosureGrant,
  type FieldMarking,
  type GrantLevel,
} from './types';

/**
 * The case-specific disclosure that lets this caller see this field of the
 * nominal now: same owner and category, addressed to the caller's agency (and,
 * where the grant is scoped, to one of the caller's regions and their unit) for
 * the request's purpose, already granted, not expired and never revoked. A grant with
 * an unreadable date or level applies to nobody. Of several, the one raising the
 * decision furthest (FULL before SUMMARY), then the smallest id, so the answer
 * does not depend on the order grants were listed in.
 */
export function findApplicableGrant(
  grants: readonly DisclosureGrant[] | undefined,
  marking: FieldMarking,
  caller: Caller,
  purpose: Purpose,
  now: string,
): DisclosureGrant | undefined {
  const instant = Date.parse(now);
  if (!grants || Number.isNaN(instant)) return undefined;
  let chosen: DisclosureGrant | undefined;
  for (const grant of grants) {
    if (!isGrantFor(grant, marking, caller, purpose)) continue;
    if (!isCallerInScope(grant, caller)) continue;
    if (!isGrantInEffect(grant, instant)) continue;
    if (!chosen || isPreferred(grant, chosen)) chosen = grant;
  }
  return chosen;
}

/** The level a grant raises a decision to, or undefined for an unreadable one. */
export function readGrantLevel(grant: DisclosureGrant): GrantLevel | undefined {
  const level: unknown = grant.level;
  if (level === undefined || level === null || level === 'FULL') return 'FULL';
  return level === 'SUMMARY' ? 'SUMMARY' : undefined;
}

function isPreferred(grant: DisclosureGrant, chosen: DisclosureGrant): boolean {
  const rank = rankDisclosure(readGrantLevel(grant) ?? 'NCND');
  const chosenRank = rankDisclosure(readGrantLevel(chosen) ?? 'NCND');
  return rank > chosenRank || (rank === chosenRank && grant.id < chosen.id);
}

function isGrantFor(
  grant: DisclosureGrant,
  marking: FieldMarking,
  caller: Caller,
  purpose: Purpose,
): boolean {
  return (
    grant.owner === marking.owner &&
    grant.category === marking.category &&
    grant.recipient === caller.agency &&
    grant.purpose === purpose &&
    typeof grant.id === 'string' &&
    readGrantLevel(grant) !== undefined
  );
}

/**
 * Whether the caller is inside the grant's scope. No stored region list means a
 * grant recorded before scoping: national, as it was recorded. A list, even an
 * empty or malformed one, must name one of the caller's regions; units likewise,
 * when given, must name the caller's own unit.
 */
function isCallerInScope(grant: DisclosureGrant, caller: Caller): boolean {
  const { regions, units } = grant;
  if (regions !== undefined && regions !== null) {
    if (!Array.isArray(regions)) return false;
    if (!caller.regions.some((region) => regions.includes(region)))
      return false;
  }
  if (units !== undefined && units !== null) {
    if (!Array.isArray(units)) return false;
    if (!units.includes(caller.unit)) return false;
  }
  return true;
}

function isGrantInEffect(grant: DisclosureGrant, instant: number): boolean {
  const revoked = grant.revokedAt !== undefined && grant.revokedAt !== null;
  const grantedAt = Date.parse(grant.grantedAt);
  const expiresAt = Date.parse(grant.expiresAt);
  return !revoked && grantedAt <= instant && expiresAt > instant;
}
