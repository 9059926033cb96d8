import {
  type ConstDirectiveNode,
  type GraphQLSchema,
  type GraphQLType,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  valueFromASTUntyped,
} from 'graphql';
import { Agency, Classification, type FieldMarking } from '@marsoc/schema';

/** A field that carries `@marking`, with its index in the request's decision table. */
export interface MarkedField {
  index: number;
  typeName: string;
  fieldName: string;
  /** `Type.field`, the schema coordinate. */
  coordinate: string;
  marking: FieldMarking;
  /** True when the field returns a list: NCND then answers `[]`, as absence does. */
  returnsList: boolean;
  /** True when the field returns objects, whose own fields enforce themselves. */
  returnsObjects: boolean;
}

export interface CollectOptions {
  /** Categories the register knows; a marking naming another stops the service. */
  isKnownCategory(category: string): boolean;
  /**
   * Types that hold no agency data (e.g. the caller's own identity for `me`), so
   * they need no marking. Each needs a reason in the subgraph's definition.
   */
  unmarkedTypes?: readonly string[];
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Reads every `@marking` from a built subgraph schema and proves the schema is
 * enforceable: every field of every agency type is marked (key fields of an
 * entity excepted: they are the caller's own lookup keys), every marking names a
 * known owner, category and classification, and every marked field is nullable
 * so that withholding it can never null its parent. Fails at start, naming the
 * field, rather than serving anything unmarked.
 */
export function collectMarkedFields(
  schema: GraphQLSchema,
  options: CollectOptions,
): MarkedField[] {
  const problems: string[] = [];
  const marked: MarkedField[] = [];
  const unmarked = new Set(options.unmarkedTypes ?? []);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    if (ROOT_TYPES.has(type.name) || unmarked.has(type.name)) continue;
    const keyFields = readKeyFields(type.astNode?.directives ?? []);
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const directive = field.astNode?.directives?.find(
        (candidate) => candidate.name.value === 'marking',
      );
      if (!directive) {
        if (!keyFields.has(field.name))
          problems.push(`${coordinate} has no @marking`);
        continue;
      }
      const marking = readMarking(directive, coordinate, options, problems);
      if (marking === undefined) continue;
      if (isNonNullType(field.type)) {
        problems.push(
          `${coordinate} is marked but non-null; protected fields must be nullable`,
        );
      }
      marked.push({
        index: marked.length,
        typeName: type.name,
        fieldName: field.name,
        coordinate,
        marking,
        returnsList: isListOutput(field.type),
        returnsObjects: isObjectType(getNamedType(field.type)),
      });
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `The schema cannot be enforced:\n  ${problems.join('\n  ')}`,
    );
  }
  return marked;
}

function readMarking(
  directive: ConstDirectiveNode,
  coordinate: string,
  options: CollectOptions,
  problems: string[],
): FieldMarking | undefined {
  const values: Record<string, unknown> = {};
  for (const argument of directive.arguments ?? []) {
    values[argument.name.value] = valueFromASTUntyped(argument.value);
  }
  const { owner, category, classification } = values;
  if (!Agency.is(owner))
    problems.push(
      `${coordinate} @marking owner ${String(owner)} is not an Agency`,
    );
  if (!Classification.is(classification)) {
    problems.push(
      `${coordinate} @marking classification ${String(classification)} is not a Classification`,
    );
  }
  if (typeof category !== 'string' || !options.isKnownCategory(category)) {
    problems.push(
      `${coordinate} @marking category ${String(category)} is not in the register`,
    );
  }
  if (
    !Agency.is(owner) ||
    !Classification.is(classification) ||
    typeof category !== 'string'
  ) {
    return undefined;
  }
  return { owner, category, classification };
}

/** The top-level field names of every `@key(fields: "...")` on a type. */
function readKeyFields(directives: readonly ConstDirectiveNode[]): Set<string> {
  const fields = new Set<string>();
  for (const directive of directives) {
    if (directive.name.value !== 'key') continue;
    for (const argument of directive.arguments ?? []) {
      const value: unknown = valueFromASTUntyped(argument.value);
      if (typeof value !== 'string') continue;
      for (const name of value.split(/\s+/)) if (name) fields.add(name);
    }
  }
  return fields;
}

function isListOutput(type: GraphQLType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) && getNamedType(inner) !== undefined;
}

/**
 * The marked fields by schema coordinate (`Type.field`), so a root field can
 * name the field whose decision governs it and read that decision from the
 * request's table instead of collecting the markings again.
 */
export function indexMarkedFields(
  fields: readonly MarkedField[],
): ReadonlyMap<string, MarkedField> {
  return new Map(fields.map((field) => [field.coordinate, field]));
}
