import { defineSubgraphService, findEntryBeside } from '@marsoc/platform';
import { hmppsSubgraph } from './definition';
import { openHmppsRepository } from './repository/openHmppsRepository';

/** The HMPPS subgraph as a service: its main.ts, the in-process supergraph and the bench build it from this. */
export const hmppsService = defineSubgraphService({
  definition: hmppsSubgraph,
  entry: findEntryBeside(__filename),
  sharedStore: true,
  openRepository: openHmppsRepository,
  // The owner's case-specific disclosures, read per request for grantable decisions.
  findGrants: (repository) => (ids) =>
    repository.disclosures.findGrantsByNominalIds(ids),
  closeRepository: (repository) => repository.close(),
  describeStore: (repository) => repository.describeStore(),
});
