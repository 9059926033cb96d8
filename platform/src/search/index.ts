export * from './nameMatching';
export * from './createSimilarSurnameFinder';
export * from './orderForenameFirst';
