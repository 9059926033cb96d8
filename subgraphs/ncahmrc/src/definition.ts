import { join } from 'node:path';
import {
  loadSubgraphTypeDefs,
  type SubgraphDefinition,
} from '@marsoc/platform';
import { createGrantUsePlugin } from '@marsoc/platform/disclosure-requests';
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
  // A new grant or request is new information about the nominal: audited as
  // COLLECTION; a decision, withdrawal or re-opening alters one: ALTERATION.
  collectingMutations: ['recordDisclosureGrant', 'requestDisclosure'],
  plugins: [
    // The figures' "grants used": which grants released something, never what.
    createGrantUsePlugin<NcaHmrcLoaders>((context, grantIds) =>
      context.loaders.requests.noteGrantsUsed(
        grantIds,
        context.enforcement.now,
      ),
    ),
  ],
};
