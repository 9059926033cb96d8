export * from './lifecycle';
export * from './createReplayGuardFromConfig';
export * from './loadCallerContextKeys';
export * from './readServiceConfig';
export * from './runSubgraphService';
export * from './serveUntilStopped';
export * from './SubgraphService';
export * from './readSharedStoreUrl';
