import { runSubgraphService } from '@marsoc/platform';
import { apmisService } from './apmisService';

runSubgraphService(apmisService);
