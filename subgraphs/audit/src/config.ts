import {
  DEFAULT_AUDIT_STREAM_KEY,
  type Environment,
  readAuditConfig,
} from '@marsoc/platform';
import { type AuditLogSource } from './repository/openAuditLogRepository';

/**
 * The log to read: exactly the one every service's audit sink writes, read
 * from the same variables (AUDIT_SINK, REDIS_URL) by the same reader of them,
 * so the two can never disagree and leave an auditor reading an empty log.
 */
export function readAuditLogSource(
  env: Environment,
  dataDirectory: string,
): AuditLogSource {
  const sink = readAuditConfig(env, 'audit', dataDirectory);
  if (sink.kind === 'file') return { kind: 'file', directory: sink.directory };
  return {
    kind: 'redis',
    url: sink.url ?? 'redis://127.0.0.1:6379',
    streamKey: sink.streamKey ?? DEFAULT_AUDIT_STREAM_KEY,
  };
}
