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
  /** Whether `owner` holds a record of the nominal: one store read. */
  nominalExists(nominalId: string, owner: Agency): Promise<boolean>;
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
  ): Promise<DisclosureGrantRecord>;
  /** Revokes a grant at once; throws a coded error, changing nothing, if it may not. */
  revoke(
    input: GrantRevocationInput,
    request: GrantRequest,
  ): Promise<DisclosureGrantRecord>;
  /** The owner whose grants this caller may list, or a FORBIDDEN error. */
  assertMayListGrants(request: GrantRequest): Agency;
}

export function createDisclosureGrantService(
  options: DisclosureGrantServiceOptions,
): DisclosureGrantService {
  const createId = options.createId ?? (() => `DG-${randomUUID()}`);
  const { repository, owners } = options;
  return {
    async record(input, request) {
      assertPurpose(request);
      const held = await readNominalHeld(options, input, request);
      const check = checkGrantInput(input, {
        ...options,
        ...request,
        nominalExists: () => held,
      });
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

/**
 * Whether the owner holds the nominal, read only for a caller who may record
 * grants at all and a submission naming an owner here and a nominal id: the
 * validator, which is synchronous, then judges with the answer.
 */
async function readNominalHeld(
  options: DisclosureGrantServiceOptions,
  input: DisclosureGrantInput,
  request: GrantRequest,
): Promise<boolean> {
  const { owner, nominalId } = input;
  const owned = options.owners.find((each) => each === owner);
  if (owned === undefined || typeof nominalId !== 'string') return false;
  if (validateGrantCaller(request.caller, owned, options.owners).length > 0)
    return false;
  return options.nominalExists(nominalId, owned);
}

async function revokeGrant(
  repository: DisclosureGrantRepository,
  owners: readonly Agency[],
  input: GrantRevocationInput,
  request: GrantRequest,
): Promise<DisclosureGrantRecord> {
  assertPurpose(request);
  // Read only for a caller who may revoke at all; the validator judges the rest.
  const mayRevoke =
    validateGrantCaller(request.caller, undefined, owners).length === 0;
  const found =
    mayRevoke && typeof input.id === 'string'
      ? await repository.findGrantById(input.id)
      : null;
  const check = validateRevocation(input, {
    caller: request.caller,
    owners,
    findGrantById: (id) => (id === found?.id ? found : null),
  });
  if (!check.grant || check.reason === undefined) {
    throw createGrantRefusal('revocation', check.problems);
  }
  const revoked = await repository.revokeGrant({
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
