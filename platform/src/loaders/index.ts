export * from './createLoaders';
