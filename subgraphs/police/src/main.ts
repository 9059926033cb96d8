import { runSubgraphService } from '@marsoc/platform';
import { policeService } from './policeService';

runSubgraphService(policeService);
