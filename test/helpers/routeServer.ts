import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type ApolloServer } from '@apollo/server';
import { type Logger } from 'pino';
import {
  createDevelopmentIssuer,
  createHttpServer,
  type HttpRoute,
} from '@marsoc/platform';
import { type Caller } from '@marsoc/schema';
import { createTokenVerifier } from '@marsoc/gateway/auth';
import { type GatewayContext } from '@marsoc/gateway';
import { callerOf } from './personas';

/** The development issuer's tokens for the personas, and the gateway's check of them. */
export interface TestTokens {
  token(persona: string): Promise<string>;
  /** A token for any caller, a generated one included. */
  tokenFor(caller: Caller): Promise<string>;
  verifyCaller(
    authorization: string | readonly string[] | undefined,
  ): Promise<Caller>;
}

export async function createTestTokens(
  dataDirectory: string,
): Promise<TestTokens> {
  const issuer = await createDevelopmentIssuer({ dataDirectory });
  const tokens = createTokenVerifier({
    kind: 'publicKey',
    key: issuer.publicKey,
    issuer: issuer.issuer,
    audience: issuer.audience,
  });
  return {
    token: (persona) => issuer.issueToken(callerOf(persona)),
    tokenFor: (caller) => issuer.issueToken(caller),
    verifyCaller: (authorization) => tokens.verify(authorization),
  };
}

export interface RouteServer {
  /** http://127.0.0.1:<port> */
  base: string;
  /** Ends open connections (a stream's too) and closes the server. */
  stop(): Promise<void>;
}

/**
 * Gateway routes (a document export, the alert stream) mounted, as the
 * gateway mounts them, on the platform's HTTP front; only they answer.
 */
export async function startRouteServer(
  apollo: ApolloServer<GatewayContext>,
  routes: HttpRoute[],
  log: Logger,
): Promise<RouteServer> {
  const server: Server = createHttpServer({
    apollo,
    createContext: () =>
      Promise.reject(new Error('only the routes under test are mounted')),
    isReady: () => true,
    log,
    routes,
  });
  // Port 0: the kernel picks a free port, so no run collides with another.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
