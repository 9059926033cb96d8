import { type CallerContext } from '@marsoc/schema';
import { type SubgraphDisclosure } from './disclosure/combineDisclosures';

/** Everything the gateway knows about one request, built before Apollo sees it. */
export interface GatewayContext extends CallerContext {
  /** What each agency subgraph reported disclosing, collected as responses arrive. */
  disclosures: SubgraphDisclosure[];
}
