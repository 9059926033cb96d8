export * from './createBreadthLimit';
export * from './createRateLimit';
export * from './limitDecision';
export * from './limitErrors';
export * from './openLimitsStore';
export * from './readLimitsConfig';
