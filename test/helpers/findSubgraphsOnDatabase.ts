import { type SubgraphName } from '@marsoc/schema';
import { SUBGRAPH_SERVICES } from '@marsoc/subgraphs';

/**
 * The subgraphs that keep their store in DATABASE_URL when it is set: those
 * whose service descriptor declares `sharedStore` (the runner passes the
 * setting to those alone: docs/postgres-store.md), so a subgraph that moves
 * joins the tests that need it by itself.
 */
export function findSubgraphsOnDatabase(): SubgraphName[] {
  return SUBGRAPH_SERVICES.filter(
    ({ sharedStore }) => sharedStore === true,
  ).map(({ name }) => name);
}
