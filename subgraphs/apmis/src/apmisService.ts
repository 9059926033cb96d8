import { defineSubgraphService, findEntryBeside } from '@marsoc/platform';
import { apmisSubgraph } from './definition';
import { openApmisRepository } from './repository/openApmisRepository';

/** The APMIS subgraph as a service: its main.ts, the in-process supergraph and the bench build it from this. */
export const apmisService = defineSubgraphService({
  definition: apmisSubgraph,
  entry: findEntryBeside(__filename),
  openRepository: openApmisRepository,
  // MARSOC's case-specific disclosures, read per request for grantable decisions.
  findGrants: (repository) => (ids) =>
    repository.disclosures.findGrantsByNominalIds(ids),
});
