import { type PreparedDataDirectory } from './prepareDataDirectory';

/** Where the services' audit records go: the two real sinks, or none (bench only). */
export type AuditMode = 'file' | 'redis' | 'off';

export interface SystemSettings {
  data: PreparedDataDirectory;
  /** DATA_SCALE: how many nominals the stores are seeded with. */
  scale: number;
  audit: AuditMode;
  redisUrl: string;
  /** Tells this run's Redis chains apart from any other's. */
  replicaId: string;
}

/**
 * The environment every service of one system starts with. NODE_ENV=production
 * for all subjects alike (graphql-js and Apollo do less checking then); the
 * development issuer is allowed deliberately, as the bench has no identity provider.
 */
export function createServiceEnvironment(
  settings: SystemSettings,
  extra: Record<string, string>,
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    // @apollo/gateway otherwise probes cloud metadata addresses and sends telemetry to Apollo.
    APOLLO_TELEMETRY_DISABLED: 'true',
    ALLOW_DEVELOPMENT_ISSUER: 'true',
    DATA_DIR: settings.data.directory,
    DATA_SCALE: String(settings.scale),
    // Production leaves an empty store empty unless told to seed the synthetic data.
    SEED_SYNTHETIC: 'true',
    LOG_LEVEL: 'warn',
    // 'off' runs the bench's own entries, which ignore AUDIT_SINK.
    AUDIT_SINK: settings.audit === 'redis' ? 'redis' : 'file',
    // With REDIS_URL the subgraphs also keep their caller-context replay store
    // in Redis (the multi-replica deployment); without it, in memory (one host).
    REDIS_URL: settings.audit === 'redis' ? settings.redisUrl : '',
    AUDIT_REPLICA_ID: settings.replicaId,
    ...extra,
  };
}
