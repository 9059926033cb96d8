export * from './ConfigError';
export * from './readers';
