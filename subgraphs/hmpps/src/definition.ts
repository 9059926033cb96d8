import { join } from 'node:path';
import {
  loadSubgraphTypeDefs,
  type SubgraphDefinition,
} from '@marsoc/platform';
import { createLoaders, type HmppsLoaders } from './loaders';
import { type HmppsRepository } from './repository/HmppsRepository';
import { resolvers } from './resolvers';
import { summarisers } from './summarisers';

/** The HMPPS (prisons and probation) subgraph: custody and probation on the shared Nominal. */
export const hmppsSubgraph: SubgraphDefinition<HmppsRepository, HmppsLoaders> =
  {
    name: 'hmpps',
    typeDefs: loadSubgraphTypeDefs(join(__dirname, '..', 'schema.graphql')),
    resolvers,
    createLoaders,
    summarisers,
  };
