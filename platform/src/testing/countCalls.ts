export interface CountedCalls<Target> {
  /** `target` with every method call recorded. */
  counted: Target;
  /** How many times each method was called, by name. */
  calls: Map<string, number>;
  /** The arguments of each call of `method`, in call order. */
  argumentsOf(method: keyof Target & string): unknown[][];
}

/**
 * Records every method call made to `target`, to show how often a request
 * reached the store and with what (one batch per loader, nothing after a
 * denial). Other members pass through unchanged.
 */
export function countCalls<Target extends object>(
  target: Target,
): CountedCalls<Target> {
  const calls = new Map<string, number>();
  const recorded = new Map<string, unknown[][]>();
  const counted = new Proxy(target, {
    get(inner, property, receiver) {
      const value: unknown = Reflect.get(inner, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string')
        return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]): unknown => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        recorded.set(property, [...(recorded.get(property) ?? []), args]);
        return method.apply(inner, args);
      };
    },
  });
  return {
    counted,
    calls,
    argumentsOf: (method) => recorded.get(method) ?? [],
  };
}
