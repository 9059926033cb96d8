import { runSubgraphService } from '@marsoc/platform';
import { auditService } from './auditService';

runSubgraphService(auditService);
