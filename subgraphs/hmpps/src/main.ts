import { runSubgraphService } from '@marsoc/platform';
import { hmppsService } from './hmppsService';

runSubgraphService(hmppsService);
