import { type SubgraphService } from '@marsoc/platform';
import { findSubgraphService } from '@marsoc/subgraphs';
import { PICTURE_SUBGRAPHS, type PictureSubgraph } from './pictureSubgraphs';

/** The picture's subgraphs as their `main.ts` runs them, from the one list of subgraph services. */
export const PICTURE_SERVICES = Object.fromEntries(
  PICTURE_SUBGRAPHS.map(({ name }) => [name, findSubgraphService(name)]),
) as Readonly<Record<PictureSubgraph, SubgraphService>>;
