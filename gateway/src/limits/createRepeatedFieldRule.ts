import { type ASTVisitor, type ValidationContext } from 'graphql';
import { createExpandedMeasure } from './createExpandedMeasure';
import { limitExceeded } from './limitExceeded';

/**
 * Refuses an operation in which a field named `fieldName` is nested inside
 * itself more than `maxNesting` times on any path, fragments followed (each
 * fragment walked once). Used for `associates`: each hop can cross subgraphs
 * (police to HMPPS and back), where no single subgraph sees the whole path, so
 * the gateway bounds it. graphql-armor has no rule for one field's nesting.
 */
export function createRepeatedFieldRule(fieldName: string, maxNesting: number) {
  return (context: ValidationContext): ASTVisitor => {
    const countNesting = createExpandedMeasure(context.getDocument(), {
      empty: 0,
      field: (node, below) => below + (node.name.value === fieldName ? 1 : 0),
      combine: Math.max,
    });
    return {
      OperationDefinition(operation) {
        const nesting = countNesting(operation.selectionSet);
        if (nesting > maxNesting) {
          context.reportError(
            limitExceeded(
              `\`${fieldName}\` is nested ${nesting} deep; the limit is ${maxNesting}.`,
              operation,
            ),
          );
        }
      },
    };
  };
}
