import { join } from 'node:path';
import {
  loadSubgraphTypeDefs,
  type SubgraphDefinition,
} from '@marsoc/platform';
import { createLoaders, type NcaHmrcLoaders } from './loaders';
import { type NcaHmrcRepository } from './repository/NcaHmrcRepository';
import { resolvers } from './resolvers';
import { summarisers } from './summarisers';

/** The NCA/HMRC subgraph: two owners' data, each field enforced by its owner. */
export const ncahmrcSubgraph: SubgraphDefinition<
  NcaHmrcRepository,
  NcaHmrcLoaders
> = {
  name: 'ncahmrc',
  typeDefs: loadSubgraphTypeDefs(join(__dirname, '..', 'schema.graphql')),
  resolvers,
  createLoaders,
  summarisers,
  // A new grant is new information about the nominal: audited as COLLECTION.
  collectingMutations: ['recordDisclosureGrant'],
};
