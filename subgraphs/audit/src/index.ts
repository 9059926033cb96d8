import { createLogger, runSubgraphService } from '@marsoc/platform';
import { readAuditLogSource } from './config';
import { auditSubgraph } from './definition';
import { openAuditLogRepository } from './repository/openAuditLogRepository';

runSubgraphService({
  definition: auditSubgraph,
  portVariable: 'AUDIT_PORT',
  defaultPort: 4005,
  // No store of its own: the repository reads the log every service writes.
  openRepository: ({ dataDirectory }) =>
    openAuditLogRepository(
      readAuditLogSource(process.env, dataDirectory),
      createLogger('audit'),
    ),
});
