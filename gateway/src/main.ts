import { reportStartFailure } from '@marsoc/platform';
import { startGateway } from './startGateway';

startGateway().catch((error: unknown) => reportStartFailure('gateway', error));
