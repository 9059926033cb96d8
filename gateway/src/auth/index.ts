export * from './bearerToken';
export * from './effectiveClearance';
export * from './foreignKeyHint';
export * from './identityProviderUnavailableError';
export * from './productionGuard';
export * from './purpose';
export * from './tokenKeys';
export * from './tokenVerifier';
