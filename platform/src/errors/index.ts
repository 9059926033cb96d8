export * from './ErrorCode';
export * from './errors';
export * from './formatError';
