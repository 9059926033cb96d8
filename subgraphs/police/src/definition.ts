import { join } from 'node:path';
import {
  loadSubgraphTypeDefs,
  type SubgraphDefinition,
} from '@marsoc/platform';
import { withDisclosureDesk } from '@marsoc/platform/disclosure-requests';
import { createLoaders, POLICE_DESK, type PoliceLoaders } from './loaders';
import { type PoliceRepository } from './repository/PoliceRepository';
import { resolvers } from './resolvers';
import { policeSummarisers } from './summarisers';

/**
 * The police subgraph: PNC identity, warning markers, convictions,
 * intelligence and OCG mapping; and the force's own disclosure desk (grants
 * and the requests for them, under the police root field names).
 */
export const policeSubgraph: SubgraphDefinition<
  PoliceRepository,
  PoliceLoaders
> = withDisclosureDesk(
  {
    name: 'police',
    typeDefs: loadSubgraphTypeDefs(join(__dirname, '..', 'schema.graphql')),
    resolvers,
    createLoaders,
    summarisers: policeSummarisers,
  },
  POLICE_DESK,
);
