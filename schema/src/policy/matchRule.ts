import { type Caller } from '../caller';
import { type Recipient, type Rule } from '../register/types';
import { type Purpose } from '../vocabulary/purpose';
import { isVettedTo } from '../vocabulary/vetting';
import { namesAgency, type RegisterIndex } from './indexRegister';

/**
 * Why a rule does not apply to a caller, in the order a caller would want to hear
 * it: a purpose they could change comes first, an agreement nobody in the room
 * can sign comes last.
 */
export const SHORTFALLS = [
  'PURPOSE',
  'VETTING',
  'ROLE',
  'REGION',
  'AGREEMENT',
] as const;
export type Shortfall = (typeof SHORTFALLS)[number];

/** The caller's agency is not among the rule's recipients at all. */
export const NOT_A_RECIPIENT = 'NOT_A_RECIPIENT';

/**
 * What stops a permit applying to this caller and purpose: an empty list when it
 * applies, NOT_A_RECIPIENT when it is not addressed to the caller's agency.
 */
export function listShortfalls(
  index: RegisterIndex,
  rule: Rule,
  caller: Caller,
  purpose: Purpose,
): Shortfall[] | typeof NOT_A_RECIPIENT {
  const recipientShortfalls = closestRecipient(rule.recipients, caller);
  if (recipientShortfalls === NOT_A_RECIPIENT) return NOT_A_RECIPIENT;
  const shortfalls: Shortfall[] = [];
  if (!rule.purposes.includes(purpose)) shortfalls.push('PURPOSE');
  if (rule.minVetting && !isVettedTo(caller.vetting, rule.minVetting))
    shortfalls.push('VETTING');
  shortfalls.push(...recipientShortfalls);
  if (rule.agreement !== undefined && !index.isInForce(rule.agreement)) {
    shortfalls.push('AGREEMENT');
  }
  return shortfalls;
}

/** A forbid applies to everyone it addresses, whatever their vetting. */
export function isForbidApplicable(
  rule: Rule,
  caller: Caller,
  purpose: Purpose,
): boolean {
  if (!rule.purposes.includes(purpose)) return false;
  const shortfalls = closestRecipient(rule.recipients, caller);
  return shortfalls !== NOT_A_RECIPIENT && shortfalls.length === 0;
}

/** Of the recipient entries naming the caller's agency, the one it misses least. */
function closestRecipient(
  recipients: readonly Recipient[],
  caller: Caller,
): Shortfall[] | typeof NOT_A_RECIPIENT {
  let closest: Shortfall[] | undefined;
  for (const recipient of recipients) {
    if (!namesAgency(recipient, caller.agency)) continue;
    const shortfalls: Shortfall[] = [];
    if (
      recipient.roles &&
      !caller.roles.some((role) => recipient.roles?.includes(role))
    ) {
      shortfalls.push('ROLE');
    }
    if (
      recipient.regions &&
      !caller.regions.some((region) => recipient.regions?.includes(region))
    ) {
      shortfalls.push('REGION');
    }
    if (!closest || shortfalls.length < closest.length) closest = shortfalls;
  }
  return closest ?? NOT_A_RECIPIENT;
}
