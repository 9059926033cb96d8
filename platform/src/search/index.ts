export * from './nameMatching';
export * from './createNameCandidateFinder';
export * from './createNameCandidateReader';
export * from './createSimilarSurnameFinder';
export * from './orderForenameFirst';
export * from './readNameCandidatesFromStore';
