export * from './createFixedPolicy';
export * from './fileSystemDoubles';
export * from './redisHelpers';
export * from './unreachableRedis';
