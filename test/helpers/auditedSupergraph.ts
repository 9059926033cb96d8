import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApolloServerPlugin } from '@apollo/server';
import {
  type AuditSink,
  createFileAuditSink,
  createOwnerAuditPlugin,
  createSilentLogger,
  type SubgraphContext,
} from '@marsoc/platform';
import { type Caller } from '@marsoc/schema';
import { loadRegister } from '@marsoc/schema/register';
import { createCombinationAuditPlugin } from '@marsoc/gateway';
import { createFileAuditLogRepository } from '@marsoc/subgraph-audit';
import { ACCESSES_QUERY } from '@marsoc/subgraph-audit/testing';
import {
  createInProcessSupergraph,
  type GatewayResult,
  type InProcessSupergraph,
  type InProcessSupergraphOptions,
} from './inProcessSupergraph';

/** Every service that writes an audit chain, as `runSubgraphService` names them. */
const SUBGRAPHS = ['police', 'hmpps', 'ncahmrc', 'apmis', 'audit'] as const;

export { ACCESSES_QUERY };

export const AUDIT_JUSTIFICATION = 'Lawfulness check of the consultations';

export interface AuditedSupergraph {
  /** Runs one operation through the real gateway; the gateway and every owner audit it. */
  query: InProcessSupergraph['query'];
  /** `accessesTo(nominalId)` through the gateway, as `auditor` with purpose AUDIT. */
  accessesTo(
    auditor: Caller,
    nominalId: string,
    limit?: number,
  ): Promise<GatewayResult>;
  system: InProcessSupergraph;
  /** Stops the gateway, closes every sink and removes the log. */
  stop(): Promise<void>;
}

/**
 * The in-process supergraph with the audit switched on as in production: the
 * gateway's combination audit and each subgraph's owner audit, each over its
 * own real file sink in a temporary directory, and the audit subgraph reading
 * that same log. Request ids count up in the order operations run, so two
 * logs written by the same sequence of operations can be compared.
 */
export async function createAuditedSupergraph(
  options: Omit<
    InProcessSupergraphOptions,
    'auditLog' | 'gatewayPlugins' | 'subgraphPluginsFor' | 'createRequestId'
  > = {},
): Promise<AuditedSupergraph> {
  const directory = await mkdtemp(join(tmpdir(), 'marsoc-audited-'));
  const log = createSilentLogger();
  const register = loadRegister();
  const sinks = new Map<string, AuditSink>();
  try {
    for (const service of ['gateway', ...SUBGRAPHS])
      sinks.set(
        service,
        await createFileAuditSink({ directory, service, log }),
      );
  } catch (error) {
    await closeAll(sinks, directory);
    throw error;
  }
  const sinkOf = (service: string): AuditSink => {
    const sink = sinks.get(service);
    if (!sink) throw new Error(`no audit sink for ${service}`);
    return sink;
  };
  let requests = 0;
  const system = await createInProcessSupergraph({
    ...options,
    auditLog: createFileAuditLogRepository(directory),
    gatewayPlugins: [
      createCombinationAuditPlugin(sinkOf('gateway'), register.version, log),
    ],
    subgraphPluginsFor: (name) => [
      // The same wiring runSubgraphService gives every subgraph.
      createOwnerAuditPlugin({
        sink: sinkOf(name),
        service: name,
        registerVersion: register.version,
        log,
      }) as ApolloServerPlugin<SubgraphContext<unknown>>,
    ],
    createRequestId: () => {
      requests += 1;
      return `request-${String(requests).padStart(8, '0')}`;
    },
  });
  return {
    query: (caller, purpose, query, variables) =>
      system.query(caller, purpose, query, variables),
    accessesTo: (auditor, nominalId, limit) =>
      system.query(
        auditor,
        { purpose: 'AUDIT', justification: AUDIT_JUSTIFICATION },
        ACCESSES_QUERY,
        { nominalId, limit: limit ?? 500 },
      ),
    system,
    async stop() {
      await system.stop();
      await closeAll(sinks, directory);
    },
  };
}

async function closeAll(
  sinks: ReadonlyMap<string, AuditSink>,
  directory: string,
): Promise<void> {
  await Promise.allSettled([...sinks.values()].map((sink) => sink.close()));
  await rm(directory, { recursive: true, force: true });
}

/**
 * An `accessesTo` answer as bytes that do not depend on when it ran: each time
 * becomes TIME and each request id its order of first appearance, and the
 * nominal asked about becomes NOMINAL, so answers about two nominals that were
 * consulted the same way can be compared whole.
 */
export function normaliseAccesses(
  result: GatewayResult,
  nominalId: string,
): string {
  const requestIds = new Map<string, string>();
  const bytes = JSON.stringify(result, (key, value: unknown) => {
    if (key === 'time' && typeof value === 'string') return 'TIME';
    if (key === 'requestId' && typeof value === 'string') {
      if (!requestIds.has(value))
        requestIds.set(value, `REQUEST-${requestIds.size + 1}`);
      return requestIds.get(value);
    }
    return value;
  });
  return bytes.split(nominalId).join('NOMINAL');
}
