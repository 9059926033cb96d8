import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { collectMarkedFields } from '@marsoc/platform';
import { type FieldMarking } from '@marsoc/schema';
import { type Register } from '@marsoc/schema/register';
import { PICTURE_SERVICES } from '../system/pictureServices';

/** One subgraph's marked fields, in the order its decision table indexes them. */
export interface SubgraphMarkings {
  subgraph: string;
  markings: readonly FieldMarking[];
}

/**
 * Reads every `@marking` of the four subgraph schemas exactly as
 * `createSubgraphServer` does, frozen as it freezes them (so the engine's memo
 * applies as in production).
 */
export function collectSubgraphMarkings(
  register: Register,
): SubgraphMarkings[] {
  return Object.entries(PICTURE_SERVICES).map(([subgraph, { definition }]) => {
    const schema = buildSubgraphSchema([
      {
        typeDefs: definition.typeDefs,
        resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
      },
    ]);
    const marked = collectMarkedFields(schema, {
      isKnownCategory: (category) => register.categories.has(category),
      unmarkedTypes: definition.unmarkedTypes,
    });
    return {
      subgraph,
      markings: Object.freeze(
        marked.map((field) => Object.freeze(field.marking)),
      ),
    };
  });
}
