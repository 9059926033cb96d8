import { defineSubgraphService, findEntryBeside } from '@marsoc/platform';
import { policeSubgraph } from './definition';
import { openPoliceRepository } from './repository/openPoliceRepository';

/** The police subgraph as a service: its main.ts, the in-process supergraph and the bench build it from this. */
export const policeService = defineSubgraphService({
  definition: policeSubgraph,
  entry: findEntryBeside(__filename),
  sharedStore: true,
  openRepository: openPoliceRepository,
  // The owner's case-specific disclosures, read per request for grantable decisions.
  findGrants: (repository) => (ids) =>
    repository.disclosures.findGrantsByNominalIds(ids),
  // The store's file (or, on DATABASE_URL, its pool) closed when it stops.
  closeRepository: (repository) => repository.close(),
  describeStore: (repository) => repository.describeStore(),
});
