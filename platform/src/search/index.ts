export * from './nameMatching';
