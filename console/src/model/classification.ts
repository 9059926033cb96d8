import { type FieldMarking } from '@marsoc/schema/wire';

/** The highest of some classifications, by the gateway's order (lowest first). */
export function highestClassification(
  found: Iterable<string>,
  order: readonly string[],
): string | undefined {
  let highest = -1;
  for (const classification of found)
    highest = Math.max(highest, order.indexOf(classification));
  return highest < 0 ? undefined : order[highest];
}

/**
 * Every classification the shown data carries: each released value's field
 * marking (found through `__typename`, which every console query selects),
 * and a record's own `classification` where it has one (an intelligence
 * report graded above its field's marking).
 */
export function collectClassifications(
  value: unknown,
  markings: Readonly<Record<string, FieldMarking>>,
  order: readonly string[],
  found: Set<string> = new Set(),
): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value)
      collectClassifications(item, markings, order, found);
    return found;
  }
  if (typeof value !== 'object' || value === null) return found;
  const record = value as Record<string, unknown>;
  const typeName =
    typeof record.__typename === 'string' ? record.__typename : '';
  for (const [field, child] of Object.entries(record)) {
    if (child === null || child === undefined || field === '__typename')
      continue;
    const marking = markings[`${typeName}.${field}`];
    if (marking) found.add(marking.classification);
    if (
      field === 'classification' &&
      typeof child === 'string' &&
      order.includes(child)
    )
      found.add(child);
    collectClassifications(child, markings, order, found);
  }
  return found;
}
