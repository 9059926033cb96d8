/**
 * The gateway's public face, free of side effects: importing it starts nothing
 * (the service starts in `main.ts`). Tests and the bench build the real gateway
 * from these pieces over in-process subgraphs.
 */
export {
  createGatewayServer,
  type GatewayServerOptions,
} from './createGatewayServer';
export { type GatewayContext } from './GatewayContext';
export { collectDisclosure } from './disclosure/collectDisclosure';
export { createCombinationAuditPlugin } from './plugins/combinationAudit';
export {
  createUpstreamUnavailableError,
  type SignCallerContext,
} from './SubgraphDataSource';
export { startGateway } from './startGateway';
