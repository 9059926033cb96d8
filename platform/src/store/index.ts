export * from './openSubgraphDatabase';
