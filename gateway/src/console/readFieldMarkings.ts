import { Kind, parse, type ConstValueNode } from 'graphql';

/** A field's @marking: who owns it, its category and its classification. */
export interface FieldMarking {
  owner: string;
  category: string;
  classification: string;
}

/**
 * Every `Type.field` the supergraph marks, read from its @marking directives.
 * The console uses these to name each section's owner and classification and
 * to put the highest classification on the page's banners; they describe the
 * schema every caller may already read, never any data.
 */
export function readFieldMarkings(
  supergraphSdl: string,
): Record<string, FieldMarking> {
  const markings: Record<string, FieldMarking> = {};
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    )
      continue;
    for (const field of definition.fields ?? []) {
      const marking = field.directives?.find(
        (directive) => directive.name.value === 'marking',
      );
      if (!marking) continue;
      const argument = (name: string): string =>
        readString(
          marking.arguments?.find((each) => each.name.value === name)?.value,
        );
      markings[`${definition.name.value}.${field.name.value}`] = {
        owner: argument('owner'),
        category: argument('category'),
        classification: argument('classification'),
      };
    }
  }
  return markings;
}

function readString(value: ConstValueNode | undefined): string {
  return value?.kind === Kind.STRING ? value.value : '';
}
