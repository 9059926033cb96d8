import { join } from 'node:path';
import {
  loadSubgraphTypeDefs,
  type SubgraphDefinition,
} from '@marsoc/platform';
import { withDisclosureDesk } from '@marsoc/platform/disclosure-requests';
import { createLoaders, HMPPS_DESK, type HmppsLoaders } from './loaders';
import { type HmppsRepository } from './repository/HmppsRepository';
import { resolvers } from './resolvers';
import { summarisers } from './summarisers';

/**
 * The HMPPS (prisons and probation) subgraph: custody and probation on the
 * shared Nominal, and HMPPS's own disclosure desk (grants and the requests
 * for them, under the HMPPS root field names).
 */
export const hmppsSubgraph: SubgraphDefinition<HmppsRepository, HmppsLoaders> =
  withDisclosureDesk(
    {
      name: 'hmpps',
      typeDefs: loadSubgraphTypeDefs(join(__dirname, '..', 'schema.graphql')),
      resolvers,
      createLoaders,
      summarisers,
    },
    HMPPS_DESK,
  );
