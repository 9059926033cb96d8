import { type Agency, type Caller } from '@marsoc/schema';
import { type GrantProblem } from './DisclosureGrantRecord';

/**
 * Whether this caller may record or revoke grants over `owner`'s data here: only
 * a DISCLOSURE_OFFICER of an agency this service holds data for, and only for
 * that agency's own data (seed 000 E629: each owner decides its own voluntary
 * disclosures). `owner` is undefined when the input named no valid owner; the
 * caller is then judged on their own agency alone.
 */
export function validateGrantCaller(
  caller: Caller,
  owner: Agency | undefined,
  owners: readonly Agency[],
): GrantProblem[] {
  if (!caller.roles.includes('DISCLOSURE_OFFICER')) {
    return [
      callerProblem(
        'Only a disclosure officer (role DISCLOSURE_OFFICER) of the owning agency may record or revoke a disclosure grant.',
      ),
    ];
  }
  if (!owners.includes(caller.agency)) {
    return [
      callerProblem(
        `A disclosure officer of ${caller.agency} may not record or revoke grants here: this service holds only ${owners.join(' and ')} data.`,
      ),
    ];
  }
  if (owner !== undefined && owner !== caller.agency) {
    return [
      callerProblem(
        `A disclosure officer of ${caller.agency} may record or revoke grants over ${caller.agency} data only, not ${owner}'s.`,
      ),
    ];
  }
  return [];
}

function callerProblem(message: string): GrantProblem {
  return { kind: 'CALLER', field: 'caller', message };
}
