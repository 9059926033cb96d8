import { runSubgraphService } from '@marsoc/platform';
import { hmppsSubgraph } from './definition';
import { openHmppsRepository } from './repository/openHmppsRepository';
runSubgraphService({
  definition: hmppsSubgraph,
  portVariable: 'HMPPS_PORT',
  defaultPort: 4002,
  openRepository: openHmppsRepository,
});
