import {
  createLogger,
  defineSubgraphService,
  findEntryBeside,
} from '@marsoc/platform';
import { readAuditLogSource } from './config';
import { auditSubgraph } from './definition';
import { openAuditLogRepository } from './repository/openAuditLogRepository';

/** The audit subgraph as a service: its main.ts, the in-process supergraph and the bench build it from this. */
export const auditService = defineSubgraphService({
  definition: auditSubgraph,
  entry: findEntryBeside(__filename),
  // No store of its own: the repository reads the log every service writes.
  openRepository: ({ dataDirectory }) =>
    openAuditLogRepository(
      readAuditLogSource(process.env, dataDirectory),
      createLogger('audit'),
    ),
});
