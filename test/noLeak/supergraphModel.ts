import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  buildSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
} from 'graphql';
import { type FieldMarking } from '@marsoc/schema';
import { readSupergraphMarkings } from '@marsoc/schema/supergraph-markings';

/**
 * The committed supergraph as clients see it (the API schema, via graphql-js)
 * and the `@marking` of every field, so that generated operations reach the
 * whole supergraph and the suite can ask the register what each field is.
 */
export interface SupergraphModel {
  api: GraphQLSchema;
  /** `Type.field` to its marking; unmarked fields (keys, ids) are absent. */
  markings: ReadonlyMap<string, FieldMarking>;
  /** Every marking once, in a fixed order (the policy engine's precompute list). */
  markingList: readonly FieldMarking[];
  /** Index into `markingList` by coordinate. */
  markingIndex: ReadonlyMap<string, number>;
  /** Every enum value name of the API schema (never a secret by itself). */
  enumValues: ReadonlySet<string>;
  object(name: string): GraphQLObjectType;
}

export function loadSupergraphModel(): SupergraphModel {
  const sdl = readFileSync(
    join(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
    'utf8',
  );
  // The supergraph's own directive definitions make it valid SDL for graphql-js;
  // its join__/link__ helper types are never reached from Query.
  const api = buildSchema(sdl, { assumeValidSDL: true });
  const markings = new Map<string, FieldMarking>();
  const markingIndex = new Map<string, number>();
  const markingList: FieldMarking[] = [];
  for (const { coordinate, marking } of readSupergraphMarkings(sdl)) {
    markings.set(coordinate, marking);
    markingIndex.set(coordinate, markingList.length);
    markingList.push(marking);
  }
  const enumValues = new Set<string>();
  for (const type of Object.values(api.getTypeMap())) {
    if (isEnumType(type))
      for (const value of type.getValues()) enumValues.add(value.name);
  }
  return {
    api,
    markings,
    markingList,
    markingIndex,
    enumValues,
    object(name) {
      const type = api.getType(name);
      if (!isObjectType(type)) throw new Error(`no object type ${name}`);
      return type;
    },
  };
}

/** Fields a generated selection may include: no required arguments. */
export function selectableFields(
  type: GraphQLObjectType,
): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter(
    (field) => !field.args.some(isRequiredArgument),
  );
}

export function namedTypeOf(
  field: GraphQLField<unknown, unknown>,
): GraphQLNamedType {
  return getNamedType(field.type);
}

export function returnsList(field: GraphQLField<unknown, unknown>): boolean {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  return isListType(type);
}

export function isComposite(type: GraphQLNamedType): boolean {
  return isObjectType(type) || isAbstractType(type);
}
