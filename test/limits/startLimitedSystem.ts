import { mkdtempSync, rmSync } from 'node:fs';
import { type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startSubgraphService,
  stopServing,
  TOTAL_NOMINATIONS,
} from '@marsoc/platform';
import {
  createDevelopmentIssuer,
  loadPersonas,
} from '@marsoc/platform/identity';
import {
  createRecordingSink,
  type RecordingSink,
} from '@marsoc/platform/testing';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { startGateway } from '@marsoc/gateway';
import { SUBGRAPH_SERVICES } from '@marsoc/subgraphs';

/** Ports: one per subgraph, then one per gateway the test starts. */
export const SUBGRAPH_PORTS = SUBGRAPH_SERVICES.length;

export interface LimitedGateway {
  url: string;
  /** The gateway's own audit records (its combination and refusal records). */
  audit: RecordingSink;
}

export interface LimitedSystem {
  /** The settings every service here starts with (ports, data directory, store size). */
  env: Readonly<Record<string, string>>;
  /** Starts a gateway on the next port, over the same subgraphs and keys. */
  startGateway(
    env: Record<string, string>,
    clock?: () => number,
  ): Promise<LimitedGateway>;
  token(persona: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The real subgraph services and as many real gateways as a test asks for,
 * started in this process as their `main.ts` would start them, on consecutive
 * ports from `basePort`, sharing one data directory (keys, stores). Each
 * gateway audits to a recording sink, so its records can be read back.
 */
export async function startLimitedSystem(
  basePort: number,
  subgraphEnv: Record<string, string>,
): Promise<LimitedSystem> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'marsoc-limits-'));
  const env: Record<string, string> = {
    DATA_DIR: dataDirectory,
    HOST: '127.0.0.1',
    DATA_SCALE: String(TOTAL_NOMINATIONS),
    LOG_LEVEL: 'silent',
  };
  SUBGRAPH_SERVICES.forEach((service, index) => {
    env[service.portVariable] = String(basePort + index);
  });
  const servers: Server[] = [];
  const stop = async (): Promise<void> => {
    for (const server of servers.reverse()) await stopServing(server);
    rmSync(dataDirectory, { recursive: true, force: true });
  };
  try {
    for (const service of SUBGRAPH_SERVICES) {
      const started = await startSubgraphService({
        ...service,
        env: { ...env, ...subgraphEnv },
      });
      servers.push(started.server);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const issuer = await createDevelopmentIssuer({ dataDirectory });
  const personas = loadPersonas();
  let nextPort = basePort + SUBGRAPH_PORTS;
  return {
    env,
    async startGateway(gatewayEnv, clock) {
      const port = nextPort;
      nextPort += 1;
      const audit = createRecordingSink();
      servers.push(
        await startGateway(
          { ...env, ...gatewayEnv, GATEWAY_PORT: String(port) },
          { auditSink: audit, limitsClock: clock },
        ),
      );
      return { url: `http://127.0.0.1:${port}/graphql`, audit };
    },
    async token(handle) {
      const persona = personas.get(handle);
      if (!persona) throw new Error(`no persona ${handle}`);
      return issuer.issueToken(persona.caller);
    },
    stop,
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

/** POSTs one operation to a gateway as `token`'s caller, for `purpose`. */
export async function ask(
  url: string,
  token: string,
  query: string,
  purpose = 'INTELLIGENCE_DEVELOPMENT',
  variables: Record<string, unknown> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      [PURPOSE_HEADER]: purpose,
      [JUSTIFICATION_HEADER]: 'Limits test: opening nominals one by one',
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: JSON.parse(text) as Answer['body'],
  };
}
