import { type OperationDefinitionNode } from 'graphql';

// Root fields that describe the caller or the schema, never a nominal.
const PURPOSE_FREE_FIELDS = new Set([
  'me',
  '__typename',
  '__schema',
  '__type',
  '_service',
]);

/**
 * True when every root field the operation selects is about the caller or the
 * schema (`me`, introspection). Everything else in this graph touches nominals:
 * it needs a purpose and is audited. Fragments at the root count as touching.
 */
export function isPurposeFreeOperation(
  operation: OperationDefinitionNode,
): boolean {
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === 'Field' &&
      PURPOSE_FREE_FIELDS.has(selection.name.value),
  );
}
