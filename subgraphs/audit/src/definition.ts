import { join } from 'node:path';
import {
  loadSubgraphTypeDefs,
  type SubgraphDefinition,
} from '@marsoc/platform';
import { createLoaders, type AuditLoaders } from './loaders';
import { type AuditLogRepository } from './repository/AuditLogRepository';
import { resolvers } from './resolvers';

/**
 * The audit subgraph: the access audit read back for auditors, owned by MARSOC
 * as AUDIT_LOG. No summarisers: the log is released whole or not at all.
 */
export const auditSubgraph: SubgraphDefinition<
  AuditLogRepository,
  AuditLoaders
> = {
  name: 'audit',
  typeDefs: loadSubgraphTypeDefs(join(__dirname, '..', 'schema.graphql')),
  resolvers,
  createLoaders,
};
