import { randomBytes } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { readBody } from '@marsoc/platform';
import { sendErrorPage, sendLoginPage } from './loginPage';
import { type ProviderState } from './providerState';
import { S256_CHALLENGE } from './verifyPkce';

const REQUEST_LIFETIME_MS = 5 * 60_000;
const CODE_LIFETIME_MS = 60_000;

function createSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * GET /authorize: checks the authorisation request and shows the login page.
 * An unknown client or a redirect URI it did not register is refused on the
 * provider's own page (redirecting there would hand an attacker the answer);
 * any other fault goes back to the client as an OAuth error (RFC 6749 §4.1.2.1).
 */
export function showAuthorization(
  state: ProviderState,
  query: URLSearchParams,
  response: ServerResponse,
): void {
  const client = state.clients.get(query.get('client_id') ?? '');
  if (!client || query.get('redirect_uri') !== client.redirectUri) {
    sendErrorPage(response, 400, 'unknown client or redirect URI');
    return;
  }
  const fault = findRequestFault(query);
  if (fault) {
    redirectBack(response, state.issuer, client.redirectUri, {
      error: fault,
      state: query.get('state') ?? '',
    });
    return;
  }
  const requestId = createSecret();
  state.pending.set(requestId, {
    client,
    state: query.get('state') ?? '',
    scope: query.get('scope') ?? '',
    codeChallenge: query.get('code_challenge') ?? '',
    expiresAt: Date.now() + REQUEST_LIFETIME_MS,
  });
  sendLoginPage(response, 200, { requestId, clientId: client.clientId });
}

function findRequestFault(query: URLSearchParams): string | undefined {
  if (query.get('response_type') !== 'code') return 'unsupported_response_type';
  if (!(query.get('scope') ?? '').split(' ').includes('openid'))
    return 'invalid_scope';
  // This provider insists on PKCE with S256 and on a state, as a careful one may.
  if (
    query.get('code_challenge_method') !== 'S256' ||
    !S256_CHALLENGE.test(query.get('code_challenge') ?? '') ||
    !query.get('state')
  )
    return 'invalid_request';
  return undefined;
}

/**
 * POST /authorize from the login page: with the right password, a one-time
 * code bound to the client, its redirect URI and its PKCE challenge, sent back
 * with the state the client gave. Cancel answers access_denied.
 */
export async function submitLogin(
  state: ProviderState,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const form = new URLSearchParams(await readBody(request, 4096));
  const requestId = form.get('request') ?? '';
  const pending = state.pending.get(requestId);
  if (!pending || pending.expiresAt < Date.now()) {
    state.pending.delete(requestId);
    sendErrorPage(response, 400, 'this sign-in has expired; start again');
    return;
  }
  const { client } = pending;
  if (form.get('decision') === 'cancel') {
    state.pending.delete(requestId);
    redirectBack(response, state.issuer, client.redirectUri, {
      error: 'access_denied',
      state: pending.state,
    });
    return;
  }
  const account = state.accounts.get(form.get('username') ?? '');
  if (!account || account.password !== form.get('password')) {
    sendLoginPage(response, 401, {
      requestId,
      clientId: client.clientId,
      problem: 'Wrong username or password.',
    });
    return;
  }
  state.pending.delete(requestId);
  const code = createSecret();
  state.codes.set(code, {
    clientId: client.clientId,
    redirectUri: client.redirectUri,
    codeChallenge: pending.codeChallenge,
    scope: pending.scope,
    account,
    expiresAt: Date.now() + CODE_LIFETIME_MS,
  });
  redirectBack(response, state.issuer, client.redirectUri, {
    code,
    state: pending.state,
  });
}

/** Back to the client, naming this provider as RFC 9207 asks (against mix-up). */
function redirectBack(
  response: ServerResponse,
  issuer: string,
  redirectUri: string,
  parameters: Record<string, string>,
): void {
  const location = new URL(redirectUri);
  location.searchParams.set('iss', issuer);
  for (const [name, value] of Object.entries(parameters))
    location.searchParams.set(name, value);
  response.writeHead(303, {
    location: location.toString(),
    'cache-control': 'no-store',
  });
  response.end();
}
