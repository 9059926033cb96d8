export * from './createConsoleRoute';
export * from './createDevelopmentTokenRoute';
export * from './loadConsoleAssets';
export * from './readConsoleSignIn';
export * from './readFieldMarkings';
export * from './securityHeaders';
export * from './createConsoleRoutes';
