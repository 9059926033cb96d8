import { defineSubgraphService, findEntryBeside } from '@marsoc/platform';
import { apmisSubgraph } from './definition';
import { openApmisRepository } from './repository/openApmisRepository';

/** The APMIS subgraph as a service: its main.ts, the in-process supergraph and the bench build it from this. */
export const apmisService = defineSubgraphService({
  definition: apmisSubgraph,
  entry: findEntryBeside(__filename),
  // Its reads and writes run on either dialect, every write one serializable
  // transaction, so its replicas share one store on DATABASE_URL.
  sharedStore: true,
  openRepository: openApmisRepository,
  // MARSOC's case-specific disclosures, read per request for grantable decisions.
  findGrants: (repository) => (ids) =>
    repository.disclosures.findGrantsByNominalIds(ids),
  // The store's file (or, on DATABASE_URL, its pool) closed when it stops.
  closeRepository: (repository) => repository.close(),
  describeStore: (repository) => repository.describeStore(),
});
