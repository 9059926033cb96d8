import {
  Agency,
  type Caller,
  type DataCategory,
  Purpose,
  UNGRANTABLE_PURPOSES,
} from '@marsoc/schema';
import { describeValue } from './boundedText';
import {
  type DisclosureGrantInput,
  type GrantProblem,
} from './DisclosureGrantRecord';
import { validateExpiry } from './validateExpiry';
import { validateGrantCaller } from './validateGrantCaller';
import { type GrantScope, validateGrantScope } from './validateGrantScope';
import { validateLegalBasis } from './validateLegalBasis';

/** The category of the grants themselves: never grantable. */
export const DISCLOSURE_GRANTS_CATEGORY = 'DISCLOSURE_GRANTS';
/** MARSOC's record of the requests for grants: the sharing process's own, never grantable either. */
const DISCLOSURE_REQUESTS_CATEGORY = 'DISCLOSURE_REQUESTS';

const NOMINAL_ID = /^NOM-\d{5,7}$/;
const CATEGORY_ID = /^[A-Z][A-Z0-9_]{0,63}$/;

export interface GrantValidationContext {
  caller: Caller;
  /** The agencies whose data this service holds. */
  owners: readonly Agency[];
  /** True when the register's categories.yaml lists `owner` among the category's owners. */
  isCategoryOwnedBy(category: DataCategory, owner: Agency): boolean;
  /** True when a register rule holds the category at NCND (findNcndCategories). */
  isNcndCategory(category: DataCategory): boolean;
  /** True when the owner holds a record of the nominal in this service. */
  nominalExists(nominalId: string, owner: Agency): boolean;
  /** ISO-8601 instant the request is judged at. */
  now: string;
}

/** The problems with a proposed grant, and its scope once there are none. */
export interface GrantCheck {
  problems: GrantProblem[];
  /** Where the grant reaches (defaults applied); set when there are no problems. */
  scope?: GrantScope;
}

/**
 * Every problem with a proposed case-specific disclosure, each a sentence; an
 * empty list means it may be recorded. A caller who may not record grants at
 * all hears only that: checking the rest would tell them whether the owner
 * holds the nominal. Free text is never repeated back.
 */
export function validateGrantInput(
  input: DisclosureGrantInput,
  context: GrantValidationContext,
): GrantProblem[] {
  return checkGrantInput(input, context).problems;
}

/** validateGrantInput, with the scope the grant will be stored with. */
export function checkGrantInput(
  input: DisclosureGrantInput,
  context: GrantValidationContext,
): GrantCheck {
  const owner = readOwner(input.owner, context.owners);
  const callerProblems = validateGrantCaller(
    context.caller,
    owner.agency,
    context.owners,
  );
  if (callerProblems.length > 0) return { problems: callerProblems };
  const now = Date.parse(context.now);
  if (Number.isNaN(now))
    throw new TypeError('the validation clock is unreadable');
  const problems: GrantProblem[] = [];
  const add = (field: GrantProblem['field'], messages: string[]): void => {
    for (const message of messages)
      problems.push({ kind: 'INPUT', field, message });
  };
  add('owner', owner.problems);
  add('nominalId', validateNominal(input.nominalId, owner.agency, context));
  add('category', validateCategory(input.category, owner.agency, context));
  add('recipient', validateRecipient(input.recipient, owner.agency));
  add('purpose', validatePurpose(input.purpose));
  add('legalBasis', validateLegalBasis(input.legalBasis, owner.agency));
  add('expiresAt', validateExpiry(input.expiresAt, now));
  add('level', validateLevel(input.level));
  const scope = validateGrantScope(input.regions, input.units, context.caller);
  for (const { field, message } of scope.problems) add(field, [message]);
  if (problems.length > 0) return { problems };
  return { problems, scope: scope.scope };
}

function readOwner(
  value: unknown,
  owners: readonly Agency[],
): { agency?: Agency; problems: string[] } {
  if (Agency.is(value) && owners.includes(value))
    return { agency: value, problems: [] };
  return {
    problems: [
      `owner ${describeValue(value)} is not an agency whose data this service holds (${owners.join(', ')}).`,
    ],
  };
}

function validateNominal(
  value: unknown,
  owner: Agency | undefined,
  context: GrantValidationContext,
): string[] {
  if (typeof value !== 'string' || !NOMINAL_ID.test(value)) {
    return [
      `nominalId ${describeValue(value)} is not a MARSOC nominal id (NOM- and digits).`,
    ];
  }
  if (owner !== undefined && !context.nominalExists(value, owner)) {
    return [
      `${owner} holds no record of nominal ${value} here, so there is nothing to disclose.`,
    ];
  }
  return [];
}

function validateCategory(
  value: unknown,
  owner: Agency | undefined,
  context: GrantValidationContext,
): string[] {
  if (typeof value !== 'string' || !CATEGORY_ID.test(value)) {
    return [`category ${describeValue(value)} is not a register category id.`];
  }
  if (value === DISCLOSURE_GRANTS_CATEGORY) {
    return [
      'category DISCLOSURE_GRANTS is the record of grants itself and cannot be granted.',
    ];
  }
  if (value === DISCLOSURE_REQUESTS_CATEGORY) {
    return [
      'category DISCLOSURE_REQUESTS is the record of requests for disclosure and cannot be granted.',
    ];
  }
  // Judged on the category alone, never on the nominal, so the refusal reads the
  // same whether or not anything of that kind is held about anyone.
  if (context.isNcndCategory(value)) {
    return [
      `category ${value} is neither confirm nor deny (NCND) in the register, so it is never disclosed by a grant.`,
    ];
  }
  if (owner !== undefined && !context.isCategoryOwnedBy(value, owner)) {
    return [
      `category ${value} is not owned by ${owner} in the register (categories.yaml), so ${owner} cannot grant it.`,
    ];
  }
  return [];
}

function validateRecipient(
  value: unknown,
  owner: Agency | undefined,
): string[] {
  if (!Agency.is(value)) {
    return [
      `recipient ${describeValue(value)} is not an agency (${Agency.values.join(', ')}).`,
    ];
  }
  if (value === owner) {
    return [
      `recipient must be another agency: ${value} already sees its own data.`,
    ];
  }
  return [];
}

function validateLevel(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (value === 'FULL' || value === 'SUMMARY') return [];
  return [
    `level ${describeValue(value)} is not FULL or SUMMARY (a partial disclosure).`,
  ];
}

function validatePurpose(value: unknown): string[] {
  if (!Purpose.is(value)) {
    return [
      `purpose ${describeValue(value)} is not a purpose (${Purpose.values.join(', ')}).`,
    ];
  }
  if (UNGRANTABLE_PURPOSES.includes(value)) {
    return [
      `purpose ${value} never sees a nominal's record, so no grant may name it.`,
    ];
  }
  return [];
}
