import { runSubgraphService } from '@marsoc/platform';
import { policeSubgraph } from './definition';
import { openPoliceRepository } from './repository/openPoliceRepository';
runSubgraphService({
  definition: policeSubgraph,
  portVariable: 'POLICE_PORT',
  defaultPort: 4001,
  openRepository: openPoliceRepository,
});
