import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Refuses an operation in which a field named `fieldName` is nested inside
 * itself more than `maxNesting` times on any path, fragments followed. Used for
 * `associates`: each hop can cross subgraphs (police to HMPPS and back), where
 * no single subgraph sees the whole path, so the gateway bounds it.
 */
export function createRepeatedFieldRule(fieldName: string, maxNesting: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const nesting = countNesting(
          operation.selectionSet,
          fieldName,
          fragments,
          new Set(),
        );
        if (nesting > maxNesting) {
          context.reportError(
            new GraphQLError(
              `\`${fieldName}\` is nested ${nesting} deep; the limit is ${maxNesting}.`,
              {
                nodes: [operation],
                extensions: { code: 'LIMIT_EXCEEDED' },
              },
            ),
          );
        }
      },
    };
  };
}

function countNesting(
  selectionSet: SelectionSetNode,
  fieldName: string,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const below = selection.selectionSet
        ? countNesting(selection.selectionSet, fieldName, fragments, visiting)
        : 0;
      deepest = Math.max(
        deepest,
        below + (selection.name.value === fieldName ? 1 : 0),
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(
        deepest,
        countNesting(selection.selectionSet, fieldName, fragments, visiting),
      );
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || visiting.has(selection.name.value)) continue;
      visiting.add(selection.name.value);
      deepest = Math.max(
        deepest,
        countNesting(fragment.selectionSet, fieldName, fragments, visiting),
      );
      visiting.delete(selection.name.value);
    }
  }
  return deepest;
}
