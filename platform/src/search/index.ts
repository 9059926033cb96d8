export * from './nameMatching';
export * from './createNameCandidateFinder';
export * from './createSimilarSurnameFinder';
export * from './orderForenameFirst';
