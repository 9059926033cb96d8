import { randomUUID } from 'node:crypto';
import {
  type Agency,
  type CallerContext,
  type DataCategory,
  type Purpose,
} from '@marsoc/schema';
import { createCodedError, ErrorCode } from '../errors';
import {
  type DisclosureGrantInput,
  type DisclosureGrantRecord,
  type GrantRevocationInput,
} from './DisclosureGrantRecord';
import { type DisclosureGrantRepository } from './DisclosureGrantRepository';
import { createGrantRefusal } from './grantErrors';
import { validateGrantCaller } from './validateGrantCaller';
import { checkGrantInput } from './validateGrantInput';
import { type GrantScope } from './validateGrantScope';
import { validateRevocation } from './validateRevocation';

export interface DisclosureGrantServiceOptions {
  repository: DisclosureGrantRepository;
  /** The agencies whose data this service holds. */
  owners: readonly Agency[];
  /** From the register's categories.yaml. */
  isCategoryOwnedBy(category: DataCategory, owner: Agency): boolean;
  /** From the register's rules (findNcndCategories): such a category is never granted. */
  isNcndCategory(category: DataCategory): boolean;
  nominalExists(nominalId: string, owner: Agency): boolean;
  /** Grant ids; random unless a test fixes them. */
  createId?: () => string;
}

/**
 * Who asks and why, and the request's clock reading (the enforcement's `now`).
 * The request id is not needed: the owner's audit record carries it.
 */
export interface GrantRequest extends Pick<
  CallerContext,
  'caller' | 'purpose'
> {
  now: string;
}

/** The owner's side of case-specific disclosures ("Dare to Share", seed 000 E629). */
export interface DisclosureGrantService {
  /** Validates and stores a grant; throws a coded error listing every problem, storing nothing. */
  record(
    input: DisclosureGrantInput,
    request: GrantRequest,
  ): DisclosureGrantRecord;
  /** Revokes a grant at once; throws a coded error, changing nothing, if it may not. */
  revoke(
    input: GrantRevocationInput,
    request: GrantRequest,
  ): DisclosureGrantRecord;
  /** The owner whose grants this caller may list, or a FORBIDDEN error. */
  assertMayListGrants(request: GrantRequest): Agency;
}

export function createDisclosureGrantService(
  options: DisclosureGrantServiceOptions,
): DisclosureGrantService {
  const createId = options.createId ?? (() => `DG-${randomUUID()}`);
  const { repository, owners } = options;
  return {
    record(input, request) {
      assertPurpose(request);
      const check = checkGrantInput(input, { ...options, ...request });
      if (check.problems.length > 0 || !check.scope) {
        throw createGrantRefusal('grant', check.problems);
      }
      return repository.recordGrant(
        toRecord(input, check.scope, request, createId()),
      );
    },
    revoke: (input, request) => revokeGrant(repository, owners, input, request),
    assertMayListGrants(request) {
      assertPurpose(request);
      const problems = validateGrantCaller(request.caller, undefined, owners);
      if (problems.length > 0) throw createGrantRefusal('listing', problems);
      return request.caller.agency;
    },
  };
}

function revokeGrant(
  repository: DisclosureGrantRepository,
  owners: readonly Agency[],
  input: GrantRevocationInput,
  request: GrantRequest,
): DisclosureGrantRecord {
  assertPurpose(request);
  const check = validateRevocation(input, {
    caller: request.caller,
    owners,
    findGrantById: (id) => repository.findGrantById(id),
  });
  if (!check.grant || check.reason === undefined) {
    throw createGrantRefusal('revocation', check.problems);
  }
  const revoked = repository.revokeGrant({
    id: check.grant.id,
    revokedAt: new Date(request.now).toISOString(),
    revokedBy: request.caller.sub,
    reason: check.reason,
  });
  if (!revoked) {
    // Revoked by someone else between the check and the write.
    throw createGrantRefusal('revocation', [
      {
        kind: 'STATE',
        field: 'id',
        message: 'The grant was already revoked; a grant is revoked only once.',
      },
    ]);
  }
  return revoked;
}

/** Only called once validateGrantInput found no problem, so each cast holds. */
function toRecord(
  input: DisclosureGrantInput,
  scope: GrantScope,
  request: GrantRequest,
  id: string,
): DisclosureGrantRecord {
  return {
    id,
    owner: input.owner as Agency,
    nominalId: input.nominalId as string,
    category: input.category as DataCategory,
    recipient: input.recipient as Agency,
    purpose: input.purpose as Purpose,
    legalBasis: (input.legalBasis as string).trim(),
    grantedBy: request.caller.sub,
    grantedAt: new Date(request.now).toISOString(),
    expiresAt: new Date(Date.parse(input.expiresAt as string)).toISOString(),
    regions: scope.regions,
    units: scope.units,
    level: input.level === 'SUMMARY' ? 'SUMMARY' : 'FULL',
    revokedAt: null,
    revokedBy: null,
    revocationReason: null,
  };
}

/** Recording or revoking touches a nominal, so like any such operation it states why. */
function assertPurpose(request: GrantRequest): void {
  if (request.purpose) return;
  throw createCodedError(
    ErrorCode.PURPOSE_REQUIRED,
    'Recording, revoking or listing disclosure grants touches a nominal: state a purpose and justification.',
  );
}
