/** The audit subgraph's public face; importing it starts nothing (main.ts does). */
export { auditService } from './auditService';
export { auditSubgraph } from './definition';
export { type AuditLogRepository } from './repository/AuditLogRepository';
export { createFileAuditLogRepository } from './repository/createFileAuditLogRepository';
