import { type ASTVisitor, type ValidationContext } from 'graphql';
import { createExpandedMeasure } from './createExpandedMeasure';
import { limitExceeded } from './limitExceeded';

/**
 * Refuses an operation that selects more than `maxFields` fields once its
 * fragments are written out (aliases included), so neither an aliasing fan-out
 * nor fragments that spread each other twice can make one request into
 * thousands of fields (docs/side-channels.md#3-expensive-documents). Counted once per
 * fragment, so the count itself costs time linear in the document.
 */
export function createFieldCountRule(maxFields: number) {
  return (context: ValidationContext): ASTVisitor => {
    const countFields = createExpandedMeasure(context.getDocument(), {
      empty: 0,
      field: (_node, below) => 1 + below,
      combine: (left, right) => left + right,
    });
    return {
      OperationDefinition(operation) {
        if (countFields(operation.selectionSet) > maxFields) {
          context.reportError(
            limitExceeded(
              `The operation selects more than ${maxFields} fields once its fragments are expanded; ask in smaller parts.`,
              operation,
            ),
          );
        }
      },
    };
  };
}
