import { join } from 'node:path';
import {
  loadSubgraphTypeDefs,
  type SubgraphDefinition,
} from '@marsoc/platform';
import { createLoaders, type PoliceLoaders } from './loaders';
import { type PoliceRepository } from './repository/PoliceRepository';
import { resolvers } from './resolvers';
import { policeSummarisers } from './summarisers';

/** The police subgraph: PNC identity, warning markers, convictions, intelligence and OCG mapping. */
export const policeSubgraph: SubgraphDefinition<
  PoliceRepository,
  PoliceLoaders
> = {
  name: 'police',
  typeDefs: loadSubgraphTypeDefs(join(__dirname, '..', 'schema.graphql')),
  resolvers,
  createLoaders,
  summarisers: policeSummarisers,
};
