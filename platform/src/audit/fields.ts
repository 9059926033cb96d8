/**
 * Strict readers for untrusted audit input. Each names the offending property
 * path but never echoes its value: the value may be exactly what must not be
 * logged.
 */
export class AuditValidationError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`audit record ${path}: ${problem}`);
    this.name = 'AuditValidationError';
  }
}

export type Fields = Readonly<Record<string, unknown>>;

/** A plain object holding only `required` keys and any of `optional`. */
export function readObject(
  value: unknown,
  path: string,
  required: readonly string[],
  optional: readonly string[] = [],
): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AuditValidationError(path, 'must be an object');
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new AuditValidationError(path, 'must be a plain object');
  }
  const allowed = new Set([...required, ...optional]);
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string' || !allowed.has(key)) {
      throw new AuditValidationError(
        `${path}.${String(key)}`,
        'is not a property of an audit record',
      );
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor)) {
      throw new AuditValidationError(
        `${path}.${key}`,
        'must be a data property',
      );
    }
  }
  for (const key of required) {
    if (!Object.hasOwn(value, key)) {
      throw new AuditValidationError(`${path}.${key}`, 'is required');
    }
  }
  return value as Fields;
}

export interface StringRule {
  pattern: RegExp;
  maxLength: number;
  /** Says what the pattern allows, for the error message. */
  description: string;
}

export function readString(
  value: unknown,
  path: string,
  rule: StringRule,
): string {
  if (typeof value !== 'string') {
    throw new AuditValidationError(path, 'must be a string');
  }
  if (value.length === 0 || value.length > rule.maxLength) {
    throw new AuditValidationError(
      path,
      `must be 1 to ${rule.maxLength} characters`,
    );
  }
  if (!rule.pattern.test(value)) {
    throw new AuditValidationError(path, `must be ${rule.description}`);
  }
  return value;
}

export function readNullable<T>(
  value: unknown,
  read: (value: unknown) => T,
): T | null {
  return value === null ? null : read(value);
}

export function readArray<T>(
  value: unknown,
  path: string,
  maxItems: number,
  readItem: (item: unknown, path: string) => T,
): T[] {
  if (!Array.isArray(value)) {
    throw new AuditValidationError(path, 'must be an array');
  }
  if (value.length > maxItems) {
    throw new AuditValidationError(path, `must hold at most ${maxItems} items`);
  }
  const items: T[] = [];
  for (let index = 0; index < value.length; index += 1) {
    // Index access rather than iteration so holes in a sparse array are read.
    items.push(readItem(value[index], `${path}[${index}]`));
  }
  return items;
}

export function readCount(value: unknown, path: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new AuditValidationError(path, 'must be a non-negative integer');
  }
  return value as number;
}

export function readMember<T extends string>(
  value: unknown,
  path: string,
  values: readonly T[],
): T {
  if (
    typeof value !== 'string' ||
    !(values as readonly string[]).includes(value)
  ) {
    throw new AuditValidationError(path, `must be one of ${values.join(', ')}`);
  }
  return value as T;
}
