import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { type AddressInfo } from 'node:net';
import { sendJson } from '@marsoc/platform';
import { showAuthorization, submitLogin } from './authorizationEndpoint';
import { createProviderSigner, PROVIDER_ALGORITHM } from './providerSigner';
import { createProviderState } from './providerState';
import { exchangeCode } from './tokenEndpoint';
import {
  type TestOidcAccount,
  type TestOidcClient,
  type TokenExchange,
} from './types';

export interface TestOidcProviderOptions {
  /** 0 for any free port. */
  port: number;
  /** The `aud` of access tokens: the gateway's AUTH_AUDIENCE. */
  audience: string;
  clients: readonly TestOidcClient[];
  accounts: readonly TestOidcAccount[];
  tokenLifetimeSeconds?: number;
}

/** The discovery document's fields this provider publishes (OIDC Discovery 1.0 §3). */
export interface OpenIdConfiguration {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  response_types_supported: string[];
  grant_types_supported: string[];
  code_challenge_methods_supported: string[];
  token_endpoint_auth_methods_supported: string[];
  subject_types_supported: string[];
  id_token_signing_alg_values_supported: string[];
  scopes_supported: string[];
  authorization_response_iss_parameter_supported: boolean;
}

export interface TestOidcProvider {
  issuer: string;
  configuration: OpenIdConfiguration;
  /** Every call to the token endpoint, in order, with its outcome. */
  exchanges: readonly TokenExchange[];
  stop(): Promise<void>;
}

/**
 * A small but real OpenID Connect provider on loopback for tests: discovery,
 * a key set, a login page and the code exchange with PKCE, so the console's
 * sign-in meets a provider on another origin as it would in production.
 */
export async function startTestOidcProvider(
  options: TestOidcProviderOptions,
): Promise<TestOidcProvider> {
  const lifetime = options.tokenLifetimeSeconds ?? 15 * 60;
  // Nobody knows the port before this function returns, so attaching the
  // handler after listening (once the issuer URL is known) loses no request.
  const server = createServer();
  await new Promise<void>((resolve) =>
    server.listen(options.port, '127.0.0.1', resolve),
  );
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const configuration = describeProvider(issuer);
  const state = createProviderState(issuer, options.clients, options.accounts);
  const signer = await createProviderSigner({
    issuer,
    audience: options.audience,
    lifetimeSeconds: lifetime,
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', issuer);
    const route = `${request.method ?? ''} ${url.pathname}`;
    const fail = (): void => {
      if (!response.headersSent)
        sendJson(response, 500, { error: 'server_error' });
    };
    if (route === 'GET /.well-known/openid-configuration')
      sendJson(response, 200, configuration);
    else if (route === 'GET /jwks') sendJson(response, 200, signer.jwks);
    else if (route === 'GET /authorize')
      showAuthorization(state, url.searchParams, response);
    else if (route === 'POST /authorize')
      submitLogin(state, request, response).catch(fail);
    else if (route === 'POST /token')
      exchangeCode(state, signer, lifetime, request, response).catch(fail);
    else sendJson(response, 404, { error: 'not_found' });
  });
  return {
    issuer,
    configuration,
    exchanges: state.exchanges,
    stop: () => closeServer(server),
  };
}

function describeProvider(issuer: string): OpenIdConfiguration {
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: [PROVIDER_ALGORITHM],
    scopes_supported: ['openid', 'profile'],
    authorization_response_iss_parameter_supported: true,
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
