import { runSubgraphService } from '@marsoc/platform';
import { ncahmrcService } from './ncahmrcService';

runSubgraphService(ncahmrcService);
