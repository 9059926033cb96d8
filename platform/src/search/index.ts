export * from './nameMatching';
export * from './createNameCandidateReader';
export * from './selectSimilarSurnames';
export * from './orderForenameFirst';
export * from './readNameCandidatesFromStore';
