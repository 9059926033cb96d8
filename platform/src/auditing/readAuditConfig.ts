import { hostname } from 'node:os';
import { type AuditSinkConfig } from '../audit';
import { ConfigError, type Environment, readChoice } from '../config';

/**
 * Where a service's audit records go: AUDIT_SINK=file (default: an fsync'ed
 * JSON-lines file per service in the data directory) or AUDIT_SINK=redis
 * (REDIS_URL, one chain per replica, AUDIT_REPLICA_ID defaulting to the host
 * name). There is deliberately no setting that turns the audit off.
 */
export function readAuditConfig(
  env: Environment,
  service: string,
  dataDirectory: string,
): AuditSinkConfig {
  const kind = readChoice(
    env,
    'AUDIT_SINK',
    ['file', 'redis'] as const,
    'file',
  );
  if (kind === 'file')
    return {
      kind,
      directory: dataDirectory,
      service,
      onTornTail: 'quarantine',
    };
  const url =
    env.REDIS_URL && env.REDIS_URL !== ''
      ? env.REDIS_URL
      : 'redis://127.0.0.1:6379';
  if (!/^rediss?:\/\//.test(url))
    throw new ConfigError(
      'REDIS_URL',
      url,
      'must be a redis:// or rediss:// URL',
    );
  const replicaId =
    env.AUDIT_REPLICA_ID && env.AUDIT_REPLICA_ID !== ''
      ? env.AUDIT_REPLICA_ID
      : hostname();
  if (!/^[\w.-]{1,64}$/.test(replicaId)) {
    throw new ConfigError(
      'AUDIT_REPLICA_ID',
      replicaId,
      'use 1-64 letters, digits, dots, dashes or underscores',
    );
  }
  return { kind, url, service, replicaId };
}
