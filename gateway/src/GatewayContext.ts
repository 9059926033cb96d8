import { type CallerContext } from '@marsoc/schema';
import { type SubgraphDisclosure } from './disclosure/combineDisclosures';

/** Everything the gateway knows about one request, built before Apollo sees it. */
export interface GatewayContext extends CallerContext {
  /** What each agency subgraph reported disclosing, collected as responses arrive. */
  disclosures: SubgraphDisclosure[];
  /**
   * Set when a per-caller limit kept the answer back (limits/checkBreadth.ts):
   * the nominals it would have opened, for the audit record of the attempt;
   * `disclosures` is then empty, as nothing was combined or released.
   */
  limitRefusal?: { nominalIds: string[] };
}
