import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/**
 * How one number is built over a selection set as if every fragment spread
 * were written out in full: `field` gives a field's value from the value below
 * it, `combine` joins sibling values (sum for a count, max for a depth).
 */
export interface SelectionMeasure {
  readonly empty: number;
  field(node: FieldNode, below: number): number;
  combine(left: number, right: number): number;
}

/**
 * Measures selection sets after fragment expansion in time linear in the
 * document: each fragment is walked once and its value remembered, so a
 * fragment spread twice by each of its callers (a document of 1 KB that
 * expands to 2^30 fields) costs one walk per fragment, not one per expansion.
 * A spread inside its own fragment counts as empty; standard validation refuses
 * such cycles anyway.
 */
export function createExpandedMeasure(
  document: DocumentNode,
  measure: SelectionMeasure,
): (selectionSet: SelectionSetNode) => number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const known = new Map<string, number>();
  const walking = new Set<string>();

  const measureFragment = (name: string): number => {
    const remembered = known.get(name);
    if (remembered !== undefined) return remembered;
    const fragment = fragments.get(name);
    if (!fragment || walking.has(name)) return measure.empty;
    walking.add(name);
    const value = measureSet(fragment.selectionSet);
    walking.delete(name);
    known.set(name, value);
    return value;
  };

  const measureSet = (selectionSet: SelectionSetNode): number => {
    let value = measure.empty;
    for (const selection of selectionSet.selections) {
      let part: number;
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet
          ? measureSet(selection.selectionSet)
          : measure.empty;
        part = measure.field(selection, below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        part = measureSet(selection.selectionSet);
      } else {
        part = measureFragment(selection.name.value);
      }
      value = measure.combine(value, part);
    }
    return value;
  };

  return measureSet;
}
