export * from './createAuditPlugin';
export * from './isPurposeFreeOperation';
export * from './readAuditConfig';
export * from './readAuditOutcome';
export * from './supergraphVersion';
export * from './toAuditDisclosures';
export * from './createOwnerAuditPlugin';
