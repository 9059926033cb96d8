import { mkdtempSync, rmSync } from 'node:fs';
import { type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DestinationStream } from 'pino';
import {
  startSubgraphService,
  stopServing,
  TOTAL_NOMINATIONS,
} from '@marsoc/platform';
import {
  createDevelopmentIssuer,
  loadPersonas,
} from '@marsoc/platform/identity';
import { type Tracing } from '@marsoc/platform/observability';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { startGateway } from '@marsoc/gateway';
import { SUBGRAPH_SERVICES } from '@marsoc/subgraphs';

/** The gateway and every subgraph: one port each from the base. */
export const SYSTEM_PORT_SPAN = 1 + SUBGRAPH_SERVICES.length;

export interface ObservedSystemOptions {
  /** Settings over the test's own (ports, data directory, the smallest store). */
  env?: Record<string, string>;
  /** Each service's tracing, by service name (an in-memory exporter's). */
  tracing?: (service: string) => Tracing;
  /** Where every service's log (the access log with it) goes. */
  logDestination?: DestinationStream;
}

export interface ObservedSystem {
  gatewayUrl: string;
  /** Each service's base URL by name ('gateway', 'police', ...). */
  serviceUrls: Readonly<Record<string, string>>;
  token(persona: string): Promise<string>;
  /** Stops one service (as SIGTERM would); the others keep running. */
  stopService(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real services, started in this process as their `main.ts` start them
 * (startGateway, startSubgraphService: configuration, stores seeded in a data
 * directory of the test's own, audit files, caller contexts, observability),
 * on consecutive ports from `basePort`, and stopped as SIGTERM would.
 */
export async function startObservedSystem(
  basePort: number,
  options: ObservedSystemOptions = {},
): Promise<ObservedSystem> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'marsoc-observability-'));
  const ports: Record<string, number> = { gateway: basePort };
  const env: Record<string, string> = {
    DATA_DIR: dataDirectory,
    HOST: '127.0.0.1',
    GATEWAY_PORT: String(basePort),
    DATA_SCALE: String(TOTAL_NOMINATIONS),
    LOG_LEVEL: options.logDestination ? 'info' : 'silent',
  };
  SUBGRAPH_SERVICES.forEach((service, index) => {
    ports[service.name] = basePort + 1 + index;
    env[service.portVariable] = String(basePort + 1 + index);
  });
  Object.assign(env, options.env);
  const servers = new Map<string, Server>();
  const stopService = async (name: string): Promise<void> => {
    const server = servers.get(name);
    servers.delete(name);
    if (server) await stopServing(server);
  };
  const stop = async (): Promise<void> => {
    for (const name of [...servers.keys()].reverse()) await stopService(name);
    rmSync(dataDirectory, { recursive: true, force: true });
  };
  try {
    for (const service of SUBGRAPH_SERVICES) {
      const { server } = await startSubgraphService({
        ...service,
        env,
        tracing: options.tracing?.(service.name),
        logDestination: options.logDestination,
      });
      servers.set(service.name, server);
    }
    servers.set(
      'gateway',
      await startGateway(env, {
        tracing: options.tracing?.('gateway'),
        logDestination: options.logDestination,
      }),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const issuer = await createDevelopmentIssuer({ dataDirectory });
  const personas = loadPersonas();
  const serviceUrls = Object.fromEntries(
    Object.entries(ports).map(([name, port]) => [
      name,
      `http://127.0.0.1:${port}`,
    ]),
  );
  return {
    gatewayUrl: `http://127.0.0.1:${basePort}/graphql`,
    serviceUrls,
    async token(handle) {
      const persona = personas.get(handle);
      if (!persona) throw new Error(`no persona ${handle}`);
      return issuer.issueToken(persona.caller);
    },
    stopService,
    stop,
  };
}

export interface Ask {
  token?: string;
  purpose?: string;
  justification?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** POSTs one operation to the gateway; the status, the body's text and headers. */
export async function ask(
  url: string,
  query: string,
  options: Ask = {},
): Promise<{ status: number; text: string; headers: Headers }> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.purpose) headers[PURPOSE_HEADER] = options.purpose;
  if (options.justification)
    headers[JUSTIFICATION_HEADER] = options.justification;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query,
      operationName: options.operationName,
      variables: options.variables,
    }),
  });
  return {
    status: response.status,
    text: await response.text(),
    headers: response.headers,
  };
}

/** GETs a service's /metrics, with a bearer token if given. */
export async function scrape(
  baseUrl: string,
  token?: string,
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${baseUrl}/metrics`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, text: await response.text() };
}

export const PICTURE_PURPOSE = 'INTELLIGENCE_DEVELOPMENT';
/** A justification naming the nominal, as analysts write them: it must reach no log, span or metric. */
export const PICTURE_JUSTIFICATION =
  'Picture of MUDLARK for the tasking meeting, ref 7781';
/** NOM-00001's picture from the four agency subgraphs. */
export const PICTURE = `query Picture($id: ID!) {
  nominal(id: $id) {
    id apmis { name region } cohort { status }
    police { identity { pncId } warningMarkers { code } }
    custody { establishment } hmrc { taxReference } ncaDeconfliction { contactBeforeAction }
  }
}`;

/** Asks the gateway for NOM-00001's picture as the police analyst. */
export async function askPicture(
  system: ObservedSystem,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; headers: Headers; token: string }> {
  const token = await system.token('police-analyst');
  const answer = await ask(system.gatewayUrl, PICTURE, {
    token,
    purpose: PICTURE_PURPOSE,
    justification: PICTURE_JUSTIFICATION,
    variables: { id: 'NOM-00001' },
    headers,
  });
  return { ...answer, token };
}
