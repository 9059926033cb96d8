/**
 * A closed vocabulary: the allowed values as a readonly tuple, a type guard, and a
 * parser that names the vocabulary and the bad value when it refuses one.
 */
export interface Enumeration<T extends string> {
  readonly name: string;
  readonly values: readonly T[];
  is(value: unknown): value is T;
  parse(value: unknown): T;
}

export function createEnumeration<const T extends string>(
  name: string,
  values: readonly T[],
): Enumeration<T> {
  const allowed = new Set<string>(values);
  const is = (value: unknown): value is T =>
    typeof value === 'string' && allowed.has(value);
  return {
    name,
    values,
    is,
    parse(value) {
      if (is(value)) return value;
      throw new TypeError(
        `${name} must be one of ${values.join(', ')}; got ${JSON.stringify(value)}`,
      );
    },
  };
}
