import { type SubgraphContext } from '@marsoc/platform';
import { type ApmisLoaders } from './loaders';

/** What every APMIS resolver receives. */
export type ApmisContext = SubgraphContext<ApmisLoaders>;
