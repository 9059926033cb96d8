export * from './buildConsole';
export * from './paths';
