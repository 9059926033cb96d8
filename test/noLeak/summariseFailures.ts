import { type NoLeakFailure } from './checkCase';

/**
 * Failures grouped by kind and the start of the problem, each group with its
 * count and one example to rerun by hand, so that a failing run reads as a
 * short list of leaks rather than thousands of diffs.
 */
export function summariseFailures(
  failures: readonly NoLeakFailure[],
): string[] {
  const groups = new Map<string, { count: number; example: NoLeakFailure }>();
  for (const failure of failures) {
    const key = `${failure.kind} | ${failure.problem.slice(0, 160)}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { count: 1, example: failure });
  }
  return [...groups.values()].map(
    ({ count, example }) =>
      `${count} x ${example.kind}, e.g. caller ${example.caller}, ` +
      `side A ${JSON.stringify(example.sideA)}, side B ${JSON.stringify(example.sideB)}\n` +
      `${example.problem}\nquery: ${example.query}`,
  );
}
