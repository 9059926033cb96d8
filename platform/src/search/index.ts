export * from './nameMatching';
export * from './createSimilarSurnameFinder';
