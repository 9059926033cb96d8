import { defineSubgraphService, findEntryBeside } from '@marsoc/platform';
import { ncahmrcSubgraph } from './definition';
import { openNcaHmrcRepository } from './repository/openNcaHmrcRepository';

/** The NCA/HMRC subgraph as a service: its main.ts, the in-process supergraph and the bench build it from this. */
export const ncahmrcService = defineSubgraphService({
  definition: ncahmrcSubgraph,
  entry: findEntryBeside(__filename),
  sharedStore: true,
  openRepository: openNcaHmrcRepository,
  // The owners' case-specific disclosures, read per request for grantable decisions.
  findGrants: (repository) => (ids) => repository.findGrantsByNominalIds(ids),
  closeRepository: (repository) => repository.close(),
  describeStore: (repository) => repository.describeStore(),
});
