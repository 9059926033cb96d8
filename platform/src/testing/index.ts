export * from './createFixedPolicy';
