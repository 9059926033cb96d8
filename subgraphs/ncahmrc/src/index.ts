import { runSubgraphService } from '@marsoc/platform';
import { ncahmrcSubgraph } from './definition';
import { openNcaHmrcRepository } from './repository/openNcaHmrcRepository';

runSubgraphService({
  definition: ncahmrcSubgraph,
  portVariable: 'NCAHMRC_PORT',
  defaultPort: 4003,
  openRepository: openNcaHmrcRepository,
  // The owners' case-specific disclosures, read per request for grantable decisions.
  findGrants: (repository) => (ids) => repository.findGrantsByNominalIds(ids),
});
