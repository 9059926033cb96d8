import { type DisclosureGrant } from '@marsoc/schema';
import {
  type FindGrants,
  type RepositoryOptions,
  type SubgraphDefinition,
} from '@marsoc/platform';
import { apmisSubgraph } from '@marsoc/subgraph-apmis/src/definition';
import { openApmisRepository } from '@marsoc/subgraph-apmis/src/repository/openApmisRepository';
import { hmppsSubgraph } from '@marsoc/subgraph-hmpps/src/definition';
import { openHmppsRepository } from '@marsoc/subgraph-hmpps/src/repository/openHmppsRepository';
import { ncahmrcSubgraph } from '@marsoc/subgraph-ncahmrc/src/definition';
import { openNcaHmrcRepository } from '@marsoc/subgraph-ncahmrc/src/repository/openNcaHmrcRepository';
import { policeSubgraph } from '@marsoc/subgraph-police/src/definition';
import { openPoliceRepository } from '@marsoc/subgraph-police/src/repository/openPoliceRepository';
import { type PictureSubgraph } from './pictureSubgraphs';

/** One subgraph as its service entry (`src/index.ts`) assembles it. */
export interface SubgraphAssembly {
  definition: SubgraphDefinition<unknown, unknown>;
  openRepository(options: RepositoryOptions): unknown;
  findGrants?(repository: unknown): FindGrants | undefined;
}

function assemble<Repository, Loaders>(
  definition: SubgraphDefinition<Repository, Loaders>,
  openRepository: (options: RepositoryOptions) => Repository,
  findGrants?: (repository: unknown) => FindGrants | undefined,
): SubgraphAssembly {
  return {
    definition: definition as unknown as SubgraphDefinition<unknown, unknown>,
    openRepository,
    findGrants,
  };
}

/**
 * The owners' case-specific grants, where the store keeps them: the NCA/HMRC
 * entry passes `repository.findGrantsByNominalIds` to the service runner.
 * Looked up by shape so that this mirror follows the store as it changes.
 */
function findStoredGrants(repository: unknown): FindGrants | undefined {
  const find = (repository as { findGrantsByNominalIds?: unknown })
    .findGrantsByNominalIds;
  if (typeof find !== 'function') return undefined;
  return (ids) => find.call(repository, ids) as readonly DisclosureGrant[];
}

/** The four subgraphs' definitions and stores, as their entries pass them to the service runner. */
export const SUBGRAPH_ASSEMBLIES: Readonly<
  Record<PictureSubgraph, SubgraphAssembly>
> = {
  police: assemble(policeSubgraph, openPoliceRepository),
  hmpps: assemble(hmppsSubgraph, openHmppsRepository),
  ncahmrc: assemble(ncahmrcSubgraph, openNcaHmrcRepository, findStoredGrants),
  apmis: assemble(apmisSubgraph, openApmisRepository),
};
