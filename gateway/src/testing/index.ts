export * from './fragmentBomb';
export * from './createLogRecorder';
export * from './supergraphProbe';
