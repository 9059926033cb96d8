import { type FieldDefinitionNode, Kind, parse, type TypeNode } from 'graphql';
import { type FieldMarking } from '@marsoc/schema';
import { readSupergraphMarkings } from '@marsoc/schema/supergraph-markings';

/** What the supergraph says about one field: the type it returns and its marking. */
export interface FieldFacts {
  typeName: string;
  marking?: FieldMarking;
}

/**
 * Looks up `Type.field` in the committed supergraph, so the export can tell
 * the owner, category and classification of every value it prints without
 * trusting anything in the answer itself.
 */
export interface MarkingIndex {
  field(typeName: string, fieldName: string): FieldFacts | undefined;
}

export function createMarkingIndex(supergraphSdl: string): MarkingIndex {
  const markings = new Map(
    readSupergraphMarkings(supergraphSdl).map((found) => [
      found.coordinate,
      found.marking,
    ]),
  );
  const facts = new Map<string, FieldFacts>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      const coordinate = `${definition.name.value}.${field.name.value}`;
      facts.set(coordinate, {
        typeName: readNamedType(field),
        marking: markings.get(coordinate),
      });
    }
  }
  return {
    field: (typeName, fieldName) => facts.get(`${typeName}.${fieldName}`),
  };
}

function readNamedType(field: FieldDefinitionNode): string {
  let type: TypeNode = field.type;
  while (type.kind !== Kind.NAMED_TYPE) type = type.type;
  return type.name.value;
}
