import { createHash } from 'node:crypto';
import {
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';

/** The label of an operation that is not a known one, and of a request with none. */
export const OTHER_OPERATION = 'other';
export const NO_OPERATION = 'none';
/** The root-field label of an operation selecting several root fields. */
export const MULTIPLE_ROOT_FIELDS = 'multiple';

/**
 * Operations the service knows by their exact text (the persisted ones: the
 * Subject Profile export's, the console's). Only these are labelled by name.
 * The client chooses an operation's name, so a name alone would let anyone
 * mint a label value per request (a cardinality attack, or a nominal's name
 * in a metric); the text's SHA-256 must match too, else the label is 'other'.
 */
export interface KnownOperations {
  labelFor(operationHash: string): string;
}

export function createKnownOperations(
  documents: readonly string[],
): KnownOperations {
  const byHash = new Map<string, string>();
  for (const text of documents) {
    const operation = parse(text).definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
    const name = operation?.name?.value;
    if (name === undefined)
      throw new Error('a known operation must be a named operation');
    byHash.set(hashOperation(text), name);
  }
  return {
    labelFor: (operationHash) => byHash.get(operationHash) ?? OTHER_OPERATION,
  };
}

/** SHA-256 hex of an operation's text: the audit's `operationHash`. */
export function hashOperation(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/**
 * The root field an operation selects, by its schema name (never an alias,
 * which the client writes): bounded by the schema. Several root fields are
 * 'multiple'; a name the schema's root type lacks (never, after validation)
 * is 'other'.
 */
export function readRootFieldLabel(
  operation: OperationDefinitionNode,
  schema: GraphQLSchema,
): string {
  const names = rootFieldNames(operation);
  if (names.size === 0) return NO_OPERATION;
  if (names.size > 1) return MULTIPLE_ROOT_FIELDS;
  const [name = OTHER_OPERATION] = names;
  return isRootField(schema, operation, name) ? name : OTHER_OPERATION;
}

/**
 * The schema name of the root field a response key (`path[0]` of an error,
 * possibly an alias) came from, or 'other'.
 */
export function rootFieldForResponseKey(
  operation: OperationDefinitionNode,
  schema: GraphQLSchema,
  responseKey: unknown,
): string {
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const key = selection.alias?.value ?? selection.name.value;
    if (
      key === responseKey &&
      isRootField(schema, operation, selection.name.value)
    )
      return selection.name.value;
  }
  return OTHER_OPERATION;
}

function rootFieldNames(operation: OperationDefinitionNode): Set<string> {
  const names = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    // Fragments at the root: counted as several, their fields are not read here.
    if (selection.kind !== Kind.FIELD) names.add(`\u0000${names.size}`);
    else if (selection.name.value !== '__typename')
      names.add(selection.name.value);
  }
  return names;
}

function isRootField(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  name: string,
): boolean {
  if (name === '__schema' || name === '__type') return true;
  const root = schema.getRootType(operation.operation);
  return root?.getFields()[name] !== undefined;
}
