import { type Caller, type RequestPurpose } from '@marsoc/schema';
import { type SubgraphDisclosure } from './disclosure/combineDisclosures';

/** Everything the gateway knows about one request, built before Apollo sees it. */
export interface GatewayContext {
  caller: Caller;
  purpose?: RequestPurpose;
  requestId: string;
  /** What each agency subgraph reported disclosing, collected as responses arrive. */
  disclosures: SubgraphDisclosure[];
}
