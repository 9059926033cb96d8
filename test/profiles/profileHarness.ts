import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApolloServerPlugin } from '@apollo/server';
import {
  createOwnerAuditPlugin,
  createSilentLogger,
  type HttpRoute,
  type SubgraphContext,
} from '@marsoc/platform';
import {
  createRecordingSink,
  type RecordingSink,
} from '@marsoc/platform/testing';
import { type RequestPurpose } from '@marsoc/schema';
import { loadRegister } from '@marsoc/schema/register';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { createCombinationAuditPlugin } from '@marsoc/gateway';
import {
  createProfileExportRoute,
  createProfileOperation,
  type ProfileExportOptions,
} from '@marsoc/gateway/profiles';
import {
  createInProcessSupergraph,
  type GatewayResult,
  type InProcessSupergraph,
} from '../helpers/inProcessSupergraph';
import { callerOf } from '../helpers/personas';
import { createTestTokens, startRouteServer } from '../helpers/routeServer';

const ROOT = join(__dirname, '..', '..');

export interface ExportResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

export interface ProfileHarness {
  system: InProcessSupergraph;
  registerVersion: string;
  /** The gateway's combination audit of the fetch behind each export. */
  gatewaySink: RecordingSink;
  /** The export's own DISCLOSURE records (one sink with the above in production). */
  exportSink: RecordingSink;
  /** Every owner's audit records, all subgraphs together. */
  ownerSink: RecordingSink;
  token(persona: string): Promise<string>;
  /** GET a path on the export route, with these headers. */
  get(
    path: string,
    headers?: Record<string, string>,
    method?: string,
  ): Promise<ExportResponse>;
  /** The same persona's GraphQL answer to the export's own operation. */
  answer(
    persona: string,
    nominalId: string,
    purpose: RequestPurpose,
  ): Promise<GatewayResult>;
  stop(): Promise<void>;
}

/**
 * The export route mounted, as the gateway mounts it, on the platform's HTTP
 * front over the in-process supergraph, with the development issuer's tokens
 * and recording audit sinks for the gateway and the owners.
 */
export async function startProfileHarness(
  createRoute: CreateExportRoute = createProfileExportRoute,
): Promise<ProfileHarness> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'marsoc-profiles-'));
  try {
    return await startOnDirectory(dataDirectory, createRoute);
  } catch (error) {
    rmSync(dataDirectory, { recursive: true, force: true });
    throw error;
  }
}

/** A document export route (the profile's, a forum pack's) as the gateway builds it. */
export type CreateExportRoute = (options: ProfileExportOptions) => HttpRoute;

async function startOnDirectory(
  dataDirectory: string,
  createRoute: CreateExportRoute,
): Promise<ProfileHarness> {
  const tokens = await createTestTokens(dataDirectory);
  const log = createSilentLogger();
  const register = loadRegister();
  const gatewaySink = createRecordingSink();
  const exportSink = createRecordingSink();
  const ownerSink = createRecordingSink();
  const system = await createInProcessSupergraph({
    gatewayPlugins: [
      createCombinationAuditPlugin(gatewaySink, register.version, log),
    ],
    subgraphPluginsFor: (name) => [
      createOwnerAuditPlugin({
        sink: ownerSink,
        service: name,
        registerVersion: register.version,
        log,
      }) as ApolloServerPlugin<SubgraphContext<unknown>>,
    ],
  });
  const server = await startRouteServer(
    system.gateway,
    [
      createRoute({
        apollo: system.gateway,
        verifyCaller: tokens.verifyCaller,
        sink: exportSink,
        registerVersion: register.version,
        supergraphSdl: readFileSync(
          join(ROOT, 'schema', 'supergraph.graphql'),
          'utf8',
        ),
        log,
      }),
    ],
    log,
  );
  return {
    system,
    registerVersion: register.version,
    gatewaySink,
    exportSink,
    ownerSink,
    token: tokens.token,
    async get(path, headers = {}, method = 'GET') {
      const response = await fetch(`${server.base}${path}`, {
        headers,
        method,
      });
      return {
        status: response.status,
        headers: response.headers,
        body: Buffer.from(await response.arrayBuffer()),
      };
    },
    answer: (persona, nominalId, purpose) =>
      system.query(callerOf(persona), purpose, createProfileOperation('pdf'), {
        id: nominalId,
      }),
    async stop() {
      await server.stop();
      await system.stop();
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

/** The headers a caller sends: token, purpose and justification. */
export function exportHeaders(
  token: string,
  purpose: RequestPurpose,
): Record<string, string> {
  return {
    authorization: `Bearer ${token}`,
    [PURPOSE_HEADER]: purpose.purpose,
    [JUSTIFICATION_HEADER]: purpose.justification,
  };
}
