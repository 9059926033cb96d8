export * from './config';
export * from './errors';
export * from './http';
export * from './loaders';
export * from './logging/createLogger';
export * from './store';
export * from './subgraph';
export * from './synthetic';
