import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import {
  DEVELOPMENT_ISSUER_KEY_NAME,
  loadOrCreateCallerContextSecret,
  loadOrCreateKeyPair,
} from '@marsoc/platform';
import { SUBGRAPHS, type SubgraphName } from '@marsoc/schema';
import { findSubgraphService } from '@marsoc/subgraphs';
import { type StartedService, startService } from '../e2e/startService';
import { findSubgraphsOnDatabase } from '../helpers/findSubgraphsOnDatabase';
import { type RoundRobinProxy, startRoundRobinProxy } from './roundRobinProxy';

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

/** One running process of the system: which service, which replica. */
export interface Replica {
  service: SubgraphName | 'gateway';
  /** Its audit chain is `<service>:<replicaId>`. */
  replicaId: string;
  url: string;
  started: StartedService;
}

export interface ReplicatedSystem {
  /** Every gateway replica's /graphql. */
  gatewayUrls: string[];
  replicas: Replica[];
  /** The replicas' audit chains carry this in their ids: this run's, no other's. */
  runId: string;
  token(persona: string): Promise<string>;
  stop(): Promise<void>;
}

export interface ReplicatedSystemOptions {
  basePort: number;
  databaseUrl: string;
  redisUrl: string;
  /** Gateway replicas; each subgraph on the database gets as many. */
  replicas: number;
  /** Extra settings for every gateway (e.g. NOMINAL_BREADTH_PER_HOUR). */
  gatewayEnv?: Record<string, string>;
}

/**
 * The system as a deployment runs it (docker-compose.yml, issue 15 point 6):
 * `replicas` gateways, and as many replicas of each subgraph whose store is
 * on the shared PostgreSQL database (the others, still on a SQLite file, one
 * each), every replica its own process with its own audit chain in one Redis
 * stream, the replay store and the per-caller limits in Redis, and a
 * round-robin proxy in front of each subgraph's replicas as a load balancer
 * would be. One data directory holds the keys every process derives its own
 * from, and the SQLite stores.
 */
export async function startReplicatedSystem(
  options: ReplicatedSystemOptions,
): Promise<ReplicatedSystem> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'marsoc-replicas-'));
  const runId = `replicas-${process.pid}-${Date.now()}`;
  const common: Record<string, string> = {
    DATA_DIR: dataDirectory,
    AUDIT_SINK: 'redis',
    REDIS_URL: options.redisUrl,
    LIMITS_REDIS_URL: options.redisUrl,
    LIMITS_KEY_PREFIX: `marsoc:limits:${runId}:`,
    LOG_LEVEL: 'warn',
  };
  const keys = join(dataDirectory, 'keys');
  await loadOrCreateCallerContextSecret(keys);
  await loadOrCreateKeyPair(keys, DEVELOPMENT_ISSUER_KEY_NAME);

  const replicas: Replica[] = [];
  const proxies: RoundRobinProxy[] = [];
  let port = options.basePort;
  const stop = async (): Promise<void> => {
    await Promise.all(replicas.map(({ started }) => started.stop()));
    await Promise.all(proxies.map((proxy) => proxy.close()));
    rmSync(dataDirectory, { recursive: true, force: true });
  };
  const startReplica = async (
    service: Replica['service'],
    /** Its main.ts, absolute or from the project's root. */
    entry: string,
    env: Record<string, string>,
    replica: number,
  ): Promise<Replica> => {
    const url = `http://127.0.0.1:${port}`;
    const replicaId = `${runId}-${replica}`;
    const started = await startService(
      relative(ROOT, entry),
      { ...common, ...env, AUDIT_REPLICA_ID: replicaId },
      `${url}/health/ready`,
    );
    const running = { service, replicaId, url, started };
    replicas.push(running);
    return running;
  };
  try {
    const onDatabase = new Set(findSubgraphsOnDatabase());
    const subgraphUrls: Record<string, string> = {};
    for (const { name, portVariable } of SUBGRAPHS) {
      const count = onDatabase.has(name) ? options.replicas : 1;
      const started: Replica[] = [];
      // One at a time: the first migrates and seeds, the others find it done.
      for (let replica = 1; replica <= count; replica += 1) {
        const listening = port;
        started.push(
          await startReplica(
            name,
            findSubgraphService(name).entry,
            {
              [portVariable]: String(listening),
              ...(onDatabase.has(name)
                ? { DATABASE_URL: options.databaseUrl }
                : {}),
            },
            replica,
          ),
        );
        port += 1;
      }
      const proxy = await startRoundRobinProxy(
        port,
        started.map(({ url }) => url),
      );
      port += 1;
      proxies.push(proxy);
      subgraphUrls[`${name.toUpperCase()}_URL`] = `${proxy.url}/graphql`;
    }
    const gatewayUrls: string[] = [];
    for (let replica = 1; replica <= options.replicas; replica += 1) {
      const listening = port;
      const gateway = await startReplica(
        'gateway',
        join('gateway', 'src', 'main.ts'),
        {
          GATEWAY_PORT: String(listening),
          ...subgraphUrls,
          ...options.gatewayEnv,
        },
        replica,
      );
      port += 1;
      gatewayUrls.push(`${gateway.url}/graphql`);
    }
    return {
      gatewayUrls,
      replicas,
      runId,
      async token(persona) {
        const { stdout } = await run(
          process.execPath,
          ['--import', 'tsx', join(ROOT, 'scripts', 'token.ts'), persona],
          { cwd: ROOT, env: { ...process.env, ...common } },
        );
        return stdout.trim();
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
