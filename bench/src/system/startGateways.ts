import { findFreePort } from '../process/findFreePort';
import {
  type ProcessGroup,
  type RunningService,
} from '../process/ProcessGroup';
import { type AuditMode, createServiceEnvironment } from './serviceEnvironment';
import { type SubgraphSet } from './startSubgraphs';

/** The gateways compared over one set of subgraphs. */
export type GatewayKind = 'ours' | 'apollo' | 'hive';

const ENTRIES: Record<GatewayKind, string> = {
  ours: 'gateway/src/main.ts',
  apollo: 'bench/src/servers/plainApolloGateway.ts',
  hive: 'bench/src/servers/hiveGateway.ts',
};

/**
 * Starts one gateway over `subgraphs` on a free port. Ours is the real gateway
 * entry with everything on (or, audit off, the bench's entry with a sink that
 * writes nothing); the others are the bench's own small servers.
 */
export async function startGateway(
  group: ProcessGroup,
  kind: GatewayKind,
  subgraphs: SubgraphSet,
  options: {
    name: string;
    subgraphUrls?: Readonly<Record<string, string>>;
    /** Overrides the subgraphs' audit mode (a second gateway on one data directory cannot share its audit file). */
    audit?: AuditMode;
  },
): Promise<RunningService> {
  const port = await findFreePort();
  const audit = options.audit ?? subgraphs.settings.audit;
  const entry =
    kind === 'ours' && audit === 'off'
      ? 'bench/src/auditOff/gatewayWithoutAudit.ts'
      : ENTRIES[kind];
  return group.start({
    name: options.name,
    entry,
    env: createServiceEnvironment(
      { ...subgraphs.settings, audit },
      {
        ...(options.subgraphUrls ?? subgraphs.urlEnvironment),
        GATEWAY_PORT: String(port),
        BENCH_PORT: String(port),
      },
    ),
    port,
    probe: kind === 'ours' ? 'health' : 'graphql',
  });
}
