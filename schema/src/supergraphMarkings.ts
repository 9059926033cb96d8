import {
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  Kind,
  parse,
  valueFromASTUntyped,
} from 'graphql';
import { type FieldMarking } from './policy/types';
import { Agency, Classification } from './vocabulary';

/** One `@marking` read from the composed supergraph. */
export interface SupergraphMarking {
  /** `Type.field`, the schema coordinate. */
  coordinate: string;
  typeName: string;
  fieldName: string;
  marking: FieldMarking;
}

const DEFAULT_ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

/**
 * Every `@marking` of the composed supergraph, in document order. It follows the
 * subgraphs' rules (platform markedFields): root types are skipped, and so are
 * federation's own `join__`/`link__` types. A marking naming an unknown owner or
 * classification is an error naming the field, never a silent skip, since a tool
 * that explains decisions must not explain fewer fields than are enforced.
 */
export function readSupergraphMarkings(
  supergraphSdl: string,
): SupergraphMarking[] {
  const found: SupergraphMarking[] = [];
  for (const { type, field } of listAgencyFields(parse(supergraphSdl))) {
    const directive = findMarkingDirective(field);
    if (!directive) continue;
    const coordinate = `${type.name.value}.${field.name.value}`;
    found.push({
      coordinate,
      typeName: type.name.value,
      fieldName: field.name.value,
      marking: readMarking(directive, coordinate),
    });
  }
  return found;
}

/**
 * Coordinates of agency fields without a `@marking`, key fields excepted (they
 * are the caller's own lookup keys). Types a subgraph declares as holding no
 * agency data (e.g. the caller's own profile) are listed here too: the caller
 * decides which of them are expected.
 */
export function findUnmarkedFields(supergraphSdl: string): string[] {
  const unmarked: string[] = [];
  for (const { type, field, keyFields } of listAgencyFields(
    parse(supergraphSdl),
  )) {
    if (findMarkingDirective(field) || keyFields.has(field.name.value))
      continue;
    unmarked.push(`${type.name.value}.${field.name.value}`);
  }
  return unmarked;
}

interface AgencyField {
  type: ObjectTypeDefinitionNode;
  field: FieldDefinitionNode;
  keyFields: ReadonlySet<string>;
}

function listAgencyFields(document: DocumentNode): AgencyField[] {
  const roots = readRootTypeNames(document);
  const fields: AgencyField[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const name = definition.name.value;
    if (roots.has(name) || isFederationTypeName(name)) continue;
    const keyFields = readKeyFields(definition.directives ?? []);
    for (const field of definition.fields ?? []) {
      fields.push({ type: definition, field, keyFields });
    }
  }
  return fields;
}

function isFederationTypeName(name: string): boolean {
  return (
    name.startsWith('_') ||
    name.startsWith('join__') ||
    name.startsWith('link__')
  );
}

/** The operation types the schema definition names, plus the defaults. */
function readRootTypeNames(document: DocumentNode): Set<string> {
  const roots = new Set(DEFAULT_ROOT_TYPES);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION) continue;
    for (const operation of definition.operationTypes) {
      roots.add(operation.type.name.value);
    }
  }
  return roots;
}

function findMarkingDirective(
  field: FieldDefinitionNode,
): ConstDirectiveNode | undefined {
  return field.directives?.find(
    (directive) => directive.name.value === 'marking',
  );
}

function readMarking(
  directive: ConstDirectiveNode,
  coordinate: string,
): FieldMarking {
  const values: Record<string, unknown> = {};
  for (const argument of directive.arguments ?? []) {
    values[argument.name.value] = valueFromASTUntyped(argument.value);
  }
  const { owner, category, classification } = values;
  if (!Agency.is(owner)) {
    throw new Error(
      `${coordinate} @marking owner ${String(owner)} is not an Agency`,
    );
  }
  if (!Classification.is(classification)) {
    throw new Error(
      `${coordinate} @marking classification ${String(classification)} is not a Classification`,
    );
  }
  if (typeof category !== 'string' || category === '') {
    throw new Error(`${coordinate} @marking has no category`);
  }
  return { owner, category, classification };
}

/**
 * Top-level field names of the entity keys: `@join__type(key:)` in a supergraph,
 * `@key(fields:)` in a subgraph. Nested selections (`a { b }`) are not keys of
 * this type, so only depth-zero names count.
 */
function readKeyFields(directives: readonly ConstDirectiveNode[]): Set<string> {
  const fields = new Set<string>();
  for (const directive of directives) {
    const argumentName = KEY_ARGUMENTS.get(directive.name.value);
    if (!argumentName) continue;
    const argument = directive.arguments?.find(
      (candidate) => candidate.name.value === argumentName,
    );
    const value: unknown = argument && valueFromASTUntyped(argument.value);
    if (typeof value === 'string') addTopLevelNames(value, fields);
  }
  return fields;
}

const KEY_ARGUMENTS = new Map([
  ['join__type', 'key'],
  ['key', 'fields'],
]);

function addTopLevelNames(selection: string, into: Set<string>): void {
  let depth = 0;
  for (const token of selection.match(/[{}]|[_A-Za-z][_0-9A-Za-z]*/g) ?? []) {
    if (token === '{') depth += 1;
    else if (token === '}') depth -= 1;
    else if (depth === 0) into.add(token);
  }
}
