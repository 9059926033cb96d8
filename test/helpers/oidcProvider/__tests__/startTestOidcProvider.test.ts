import { createHash, randomBytes } from 'node:crypto';
import { createTokenVerifier } from '@marsoc/gateway/auth';
import { callerOf } from '../../personas';
import {
  startTestOidcProvider,
  type TestOidcProvider,
} from '../startTestOidcProvider';

const AUDIENCE = 'urn:marsoc:gateway';
const CLIENT = {
  clientId: 'marsoc-console',
  redirectUri: 'http://127.0.0.1:15399/',
};
const ACCOUNT = {
  username: 'ada.madeup',
  password: 'correct horse battery staple',
  claims: { ...callerOf('police-analyst'), sub: 'idp|ada.madeup' },
};

let provider: TestOidcProvider;

beforeAll(async () => {
  provider = await startTestOidcProvider({
    port: 0,
    audience: AUDIENCE,
    clients: [CLIENT],
    accounts: [ACCOUNT],
  });
});
afterAll(() => provider.stop());

function createVerifier(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

function authorizationUrl(overrides: Record<string, string> = {}): string {
  const url = new URL(provider.configuration.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT.clientId,
    redirect_uri: CLIENT.redirectUri,
    scope: 'openid',
    state: 'state-1',
    code_challenge: createVerifier().challenge,
    code_challenge_method: 'S256',
    ...overrides,
  }).toString();
  return url.toString();
}

/** Asks for a code as the browser would: the login page, then the form. */
async function signIn(
  challenge: string,
  password = ACCOUNT.password,
): Promise<Response> {
  const page = await fetch(authorizationUrl({ code_challenge: challenge }));
  const requestId = /name="request" value="([^"]+)"/.exec(await page.text());
  return fetch(provider.configuration.authorization_endpoint, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      request: requestId?.[1] ?? '',
      username: ACCOUNT.username,
      password,
      decision: 'sign-in',
    }).toString(),
  });
}

async function codeFor(challenge: string): Promise<string> {
  const answer = await signIn(challenge);
  const location = new URL(answer.headers.get('location') ?? '');
  expect(location.origin + location.pathname).toBe(CLIENT.redirectUri);
  expect(location.searchParams.get('state')).toBe('state-1');
  expect(location.searchParams.get('iss')).toBe(provider.issuer);
  return location.searchParams.get('code') ?? '';
}

function exchange(fields: Record<string, string>): Promise<Response> {
  return fetch(provider.configuration.token_endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: new URL(CLIENT.redirectUri).origin,
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: CLIENT.clientId,
      redirect_uri: CLIENT.redirectUri,
      ...fields,
    }).toString(),
  });
}

describe('the test OpenID Connect provider', () => {
  it('publishes discovery and a key set under its issuer', async () => {
    const discovery = (await (
      await fetch(`${provider.issuer}/.well-known/openid-configuration`)
    ).json()) as Record<string, unknown>;
    expect(discovery).toEqual(provider.configuration);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    const jwks = (await (
      await fetch(provider.configuration.jwks_uri)
    ).json()) as {
      keys: { kty: string; d?: string }[];
    };
    expect(jwks.keys.map((key) => [key.kty, key.d])).toEqual([
      ['RSA', undefined],
    ]);
  });

  it('issues an access token the gateway verifies through the key set, with the account claims', async () => {
    const { verifier, challenge } = createVerifier();
    const answer = await exchange({
      code: await codeFor(challenge),
      code_verifier: verifier,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(
      'http://127.0.0.1:15399',
    );
    const body = (await answer.json()) as { access_token: string };
    const gateway = createTokenVerifier({
      kind: 'jwks',
      url: provider.configuration.jwks_uri,
      issuer: provider.issuer,
      audience: AUDIENCE,
    });
    expect(await gateway.verify(`Bearer ${body.access_token}`)).toEqual(
      ACCOUNT.claims,
    );
  });

  it('refuses a code with the wrong verifier, and the code is spent by that attempt', async () => {
    const { verifier, challenge } = createVerifier();
    const code = await codeFor(challenge);
    const wrong = await exchange({
      code,
      code_verifier: createVerifier().verifier,
    });
    expect([wrong.status, await wrong.json()]).toEqual([
      400,
      { error: 'invalid_grant' },
    ]);
    const late = await exchange({ code, code_verifier: verifier });
    expect(late.status).toBe(400);
  });

  it.each([
    ['another client', { client_id: 'someone-else' }],
    ['another redirect URI', { redirect_uri: 'http://127.0.0.1:15398/' }],
    ['no verifier', { code_verifier: '' }],
    ['the challenge sent as the verifier', { code_verifier: 'CHALLENGE' }],
  ])('refuses a code exchanged with %s', async (_, overrides) => {
    const { verifier, challenge } = createVerifier();
    const code = await codeFor(challenge);
    const fields = { code, code_verifier: verifier, ...overrides };
    if (fields.code_verifier === 'CHALLENGE') fields.code_verifier = challenge;
    const answer = await exchange(fields);
    expect([answer.status, await answer.json()]).toEqual([
      400,
      { error: 'invalid_grant' },
    ]);
  });

  it('never redirects to a URI the client did not register, and sends other faults back as OAuth errors', async () => {
    const foreign = await fetch(
      authorizationUrl({ redirect_uri: 'https://attacker.example/' }),
      { redirect: 'manual' },
    );
    expect([foreign.status, foreign.headers.get('location')]).toEqual([
      400,
      null,
    ]);
    const plain = await fetch(
      authorizationUrl({ code_challenge_method: 'plain' }),
      { redirect: 'manual' },
    );
    const location = new URL(plain.headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });

  it('shows the login page again, with no code, for a wrong password', async () => {
    const answer = await signIn(createVerifier().challenge, 'guess');
    expect(answer.status).toBe(401);
    expect(answer.headers.get('location')).toBeNull();
    expect(await answer.text()).toContain('Wrong username or password.');
  });

  it('lets no other origin read the token answer', async () => {
    const answer = await fetch(provider.configuration.token_endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://attacker.example',
      },
      body: 'grant_type=authorization_code&code=x',
    });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });
});
