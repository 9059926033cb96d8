export * from './createFixedPolicy';
export * from './fileSystemDoubles';
