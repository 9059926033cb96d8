import { type SubgraphService } from '@marsoc/platform';
import { SUBGRAPHS, type SubgraphName } from '@marsoc/schema';
import { apmisService } from '@marsoc/subgraph-apmis';
import { auditService } from '@marsoc/subgraph-audit';
import { hmppsService } from '@marsoc/subgraph-hmpps';
import { ncahmrcService } from '@marsoc/subgraph-ncahmrc';
import { policeService } from '@marsoc/subgraph-police';

/**
 * Forgets a descriptor's repository and loader types, so that different
 * subgraphs fit one list. Sound as used: whatever runs a descriptor passes its
 * definition and grant reader only the repository its own opener returned.
 */
function listed<Repository, Loaders>(
  service: SubgraphService<Repository, Loaders>,
): SubgraphService {
  return service as unknown as SubgraphService;
}

/** Keyed by name, so that the compiler refuses a list missing a subgraph the contract names. */
const SERVICES_BY_NAME: { readonly [Name in SubgraphName]: SubgraphService } = {
  police: listed(policeService),
  hmpps: listed(hmppsService),
  ncahmrc: listed(ncahmrcService),
  apmis: listed(apmisService),
  audit: listed(auditService),
};

/**
 * Every subgraph's service descriptor, in the contract's order (SUBGRAPHS):
 * the one list `npm start`, the in-process supergraph and the bench all run.
 */
export const SUBGRAPH_SERVICES: readonly SubgraphService[] = SUBGRAPHS.map(
  ({ name }) => SERVICES_BY_NAME[name],
);

/** The descriptor of the subgraph named `name`. */
export function findSubgraphService(name: SubgraphName): SubgraphService {
  return SERVICES_BY_NAME[name];
}
