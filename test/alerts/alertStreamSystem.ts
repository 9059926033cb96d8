import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSilentLogger } from '@marsoc/platform';
import { createAlertStreamRoute } from '@marsoc/gateway/alerts';
import {
  createInProcessSupergraph,
  type InProcessSupergraph,
} from '../helpers/inProcessSupergraph';
import {
  createTestTokens,
  startRouteServer,
  type TestTokens,
} from '../helpers/routeServer';

export interface AlertStreamSystem {
  system: InProcessSupergraph;
  tokens: TestTokens;
  /** http://127.0.0.1:<port>, where GET /alerts/stream answers. */
  base: string;
  stop(): Promise<void>;
}

/**
 * The alert stream route as the gateway mounts it, over the real gateway's
 * Apollo server on the in-process subgraphs, with the development issuer's
 * tokens; asking the inbox every `pollMs`.
 */
export async function startAlertStreamSystem(
  pollMs?: number,
): Promise<AlertStreamSystem> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'marsoc-alert-stream-'));
  const tokens = await createTestTokens(dataDirectory);
  const system = await createInProcessSupergraph();
  const log = createSilentLogger();
  const server = await startRouteServer(
    system.gateway,
    [
      createAlertStreamRoute({
        apollo: system.gateway,
        verifyCaller: tokens.verifyCaller,
        log,
        pollMs,
      }),
    ],
    log,
  );
  return {
    system,
    tokens,
    base: server.base,
    async stop() {
      await server.stop();
      await system.stop();
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}
