import { type SubgraphContext } from '@marsoc/platform';
import { type PoliceLoaders } from './loaders';

export type PoliceContext = SubgraphContext<PoliceLoaders>;
