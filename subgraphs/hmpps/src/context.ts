import { type SubgraphContext } from '@marsoc/platform';
import { type HmppsLoaders } from './loaders';

/** What every HMPPS resolver receives. */
export type HmppsContext = SubgraphContext<HmppsLoaders>;
