import { type SubgraphContext } from '@marsoc/platform';
import { type NcaHmrcLoaders } from './loaders';

/** What the NCA/HMRC resolvers receive. */
export type NcaHmrcContext = SubgraphContext<NcaHmrcLoaders>;
