import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Refuses operations nested deeper than `maxDepth` fields, fragments followed,
 * before any subgraph is asked (OWASP GraphQL Cheat Sheet: depth limiting;
 * standards-and-security.md §2). Deep nesting is how a caller would walk an
 * associate network far beyond what a question needs.
 */
export function createDepthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const depth = measureDepth(
          operation.selectionSet,
          fragments,
          new Set(),
        );
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `The operation is nested ${depth} fields deep; the limit is ${maxDepth}.`,
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

function measureDepth(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const below = selection.selectionSet
        ? measureDepth(selection.selectionSet, fragments, visiting)
        : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(
        deepest,
        measureDepth(selection.selectionSet, fragments, visiting),
      );
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A fragment spread inside itself is refused by standard validation; stop here.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(
        deepest,
        measureDepth(fragment.selectionSet, fragments, visiting),
      );
      visiting.delete(name);
    }
  }
  return deepest;
}
