export * from './batchKeys';
export * from './createBatchInsert';
export * from './openSubgraphDatabase';
export * from './describeSubgraphStore';
