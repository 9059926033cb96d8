import { type Agency, type Caller } from '@marsoc/schema';
import { readBoundedText } from './boundedText';
import {
  type DisclosureGrantRecord,
  type GrantProblem,
  type GrantRevocationInput,
} from './DisclosureGrantRecord';
import { validateGrantCaller } from './validateGrantCaller';

export const MAX_REVOCATION_REASON_LENGTH = 500;

/** Grant ids are short opaque tokens; anything longer is not one. */
const GRANT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface RevocationContext {
  caller: Caller;
  owners: readonly Agency[];
  findGrantById(id: string): DisclosureGrantRecord | null;
}

export interface RevocationCheck {
  problems: GrantProblem[];
  /** The grant to revoke, when there are no problems. */
  grant?: DisclosureGrantRecord;
  /** The trimmed reason, when there are no problems. */
  reason?: string;
}

/**
 * Whether a revocation may go ahead: a disclosure officer of the grant's owner,
 * with a reason, for a grant not already revoked. A grant of another owner is
 * reported exactly as an unknown id, so its existence is not confirmed.
 */
export function validateRevocation(
  input: GrantRevocationInput,
  context: RevocationContext,
): RevocationCheck {
  const callerProblems = validateGrantCaller(
    context.caller,
    undefined,
    context.owners,
  );
  if (callerProblems.length > 0) return { problems: callerProblems };
  const problems: GrantProblem[] = [];
  const reading = readBoundedText(
    input.reason,
    'reason',
    MAX_REVOCATION_REASON_LENGTH,
  );
  if (!reading.ok) {
    problems.push({ kind: 'INPUT', field: 'reason', message: reading.problem });
  }
  const grant = findOwnGrant(input.id, context);
  if (!grant) {
    problems.push({
      kind: 'INPUT',
      field: 'id',
      message: `${context.caller.agency} has recorded no disclosure grant with that id.`,
    });
  } else if (grant.revokedAt !== null) {
    problems.push({
      kind: 'STATE',
      field: 'id',
      message: `The grant was already revoked at ${grant.revokedAt}; a grant is revoked only once.`,
    });
  }
  if (problems.length > 0 || !grant || !reading.ok) return { problems };
  return { problems, grant, reason: reading.text };
}

function findOwnGrant(
  id: unknown,
  context: RevocationContext,
): DisclosureGrantRecord | null {
  if (typeof id !== 'string' || !GRANT_ID.test(id)) return null;
  const grant = context.findGrantById(id);
  return grant?.owner === context.caller.agency ? grant : null;
}
