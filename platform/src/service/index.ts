export * from './lifecycle';
export * from './loadCallerContextKeys';
export * from './readServiceConfig';
export * from './runSubgraphService';
export * from './serveUntilStopped';
