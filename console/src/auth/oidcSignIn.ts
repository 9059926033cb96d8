import { type ConsoleSignIn } from '@marsoc/schema/wire';
import { createCodeChallenge, createRandomString } from './pkce';

type OidcSettings = Extract<ConsoleSignIn, { kind: 'oidc' }>;

// Only the one-time PKCE verifier and state survive the round trip to the
// provider (they are useless once the code is exchanged, and are removed
// then); the token itself is never written anywhere but memory.
const PENDING_KEY = 'marsoc-console-oidc-pending';

const NOT_STARTED_HERE = 'the sign-in did not start here; please sign in again';

function redirectUri(): string {
  return `${location.origin}/`;
}

/** Sends the browser to the provider: authorisation code flow with PKCE. */
export async function startOidcSignIn(settings: OidcSettings): Promise<void> {
  const verifier = createRandomString();
  const state = createRandomString(16);
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  const url = new URL(settings.authorizationEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri(),
    scope: settings.scope,
    state,
    code_challenge: await createCodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/**
 * On return from the provider, exchanges the code for an access token and
 * clears the answer from the address bar. Undefined when this page load is
 * not a return from the provider. A return this tab did not start (no waiting
 * sign-in, another state) is refused before any code is sent anywhere: it is
 * how a forged link would try to sign the analyst in as someone else.
 */
export async function completeOidcSignIn(
  settings: OidcSettings,
): Promise<string | undefined> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const error = params.get('error');
  if (!code && !error) return undefined;
  const pending = takePendingSignIn();
  history.replaceState(null, '', '/');
  if (!pending || pending.state !== params.get('state'))
    throw new Error(NOT_STARTED_HERE);
  // RFC 9207: a provider that names itself must be the one configured.
  if (params.has('iss') && params.get('iss') !== settings.issuer)
    throw new Error(NOT_STARTED_HERE);
  if (error) throw new Error(describeProviderError(error));
  return exchangeCode(settings, code ?? '', pending.verifier);
}

/** The waiting sign-in's verifier and state, removed as they are read. */
function takePendingSignIn(): { verifier: string; state: string } | undefined {
  const stored = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  try {
    const { verifier, state } = JSON.parse(stored ?? '{}') as {
      verifier?: unknown;
      state?: unknown;
    };
    return typeof verifier === 'string' && typeof state === 'string'
      ? { verifier, state }
      : undefined;
  } catch {
    return undefined;
  }
}

async function exchangeCode(
  settings: OidcSettings,
  code: string,
  verifier: string,
): Promise<string> {
  const response = await fetch(settings.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri(),
      client_id: settings.clientId,
      code_verifier: verifier,
    }).toString(),
  });
  if (!response.ok)
    throw new Error(
      `the identity provider refused the sign-in (${response.status})`,
    );
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token)
    throw new Error('the identity provider gave no access token');
  return body.access_token;
}

function describeProviderError(error: string): string {
  return error === 'access_denied'
    ? 'the sign-in was cancelled at the identity provider'
    : `the identity provider did not sign you in (${error})`;
}
