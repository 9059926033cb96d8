import { runSubgraphService } from '@marsoc/platform';
import { apmisSubgraph } from './definition';
import { openApmisRepository } from './repository/openApmisRepository';
runSubgraphService({
  definition: apmisSubgraph,
  portVariable: 'APMIS_PORT',
  defaultPort: 4004,
  openRepository: openApmisRepository,
});
