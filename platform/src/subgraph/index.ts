export * from './applyEnforcement';
export * from './createSubgraphServer';
export * from './DisclosureRecorder';
export * from './markedFields';
export * from './RequestEnforcement';
export * from './resolveHolderLookup';
export * from './withheldError';
export * from './loadSubgraphTypeDefs';
