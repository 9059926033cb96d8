import { type Caller, type RequestPurpose } from '../caller';
import { type Register } from '../register';
import {
  Agency,
  Classification,
  Purpose,
  Region,
  Role,
  Vetting,
} from '../vocabulary';
import { type FieldMarking } from './types';

/**
 * Checks of everything the engine takes from outside. Inputs come from tokens,
 * headers and schema directives, so none is trusted to match its type.
 */
export function isValidCaller(caller: unknown): caller is Caller {
  if (typeof caller !== 'object' || caller === null) return false;
  const candidate = caller as Partial<Record<keyof Caller, unknown>>;
  return (
    Agency.is(candidate.agency) &&
    Vetting.is(candidate.vetting) &&
    isListOf(candidate.roles, Role.is) &&
    isListOf(candidate.regions, Region.is)
  );
}

/** True when a purpose was given at all (its absence has its own reason code). */
export function hasPurpose(purpose: unknown): boolean {
  if (typeof purpose !== 'object' || purpose === null) return false;
  const given = (purpose as { purpose?: unknown }).purpose;
  return given !== undefined && given !== null && given !== '';
}

export function isValidPurpose(purpose: unknown): purpose is RequestPurpose {
  return (
    hasPurpose(purpose) && Purpose.is((purpose as { purpose: unknown }).purpose)
  );
}

/**
 * A marking the register can decide on: a known owner with a register file, a
 * category the register says that owner holds, and a known classification.
 * Returns the problem, or undefined when there is none.
 */
export function findMarkingProblem(
  register: Register,
  marking: unknown,
): string | undefined {
  if (typeof marking !== 'object' || marking === null)
    return 'the marking is not an object';
  const { owner, category, classification } = marking as Partial<
    Record<keyof FieldMarking, unknown>
  >;
  if (!Agency.is(owner)) return `unknown owner ${String(owner)}`;
  if (!register.owners.has(owner)) return `${owner} has no register file`;
  if (typeof category !== 'string') return 'the marking has no category';
  const definition = register.categories.get(category);
  if (!definition) return `unknown category ${category}`;
  if (!definition.owners.includes(owner))
    return `category ${category} is not held by ${owner}`;
  if (!Classification.is(classification))
    return `unknown classification ${String(classification)}`;
  return undefined;
}

function isListOf(value: unknown, is: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.every(is);
}
