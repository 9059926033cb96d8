import { promises as fs } from 'node:fs';
import http, { type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  AuthenticationError,
  type DevelopmentIssuer,
  createDevelopmentIssuer,
  loadPersonas,
} from '@marsoc/platform/identity';

import { IdentityProviderUnavailableError } from '../identityProviderUnavailableError';
import { createTokenVerifier } from '../tokenVerifier';

const analyst = loadPersonas().get('police-analyst');
if (!analyst) throw new Error('the police-analyst persona is missing');

let dataDirectory: string;
let issuer: DevelopmentIssuer;
let server: Server | undefined;

beforeEach(async () => {
  dataDirectory = await fs.mkdtemp(
    path.join(os.tmpdir(), 'marsoc-token-sources-'),
  );
  issuer = await createDevelopmentIssuer({ dataDirectory });
});

afterEach(async () => {
  await new Promise((resolve) =>
    server ? server.close(resolve) : resolve(undefined),
  );
  server = undefined;
  await fs.rm(dataDirectory, { recursive: true, force: true });
});

/** Serves on loopback; returns the base URL. */
async function serve(handler: http.RequestListener): Promise<string> {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

const rules = () => ({ issuer: issuer.issuer, audience: issuer.audience });

describe('createTokenVerifier key sources', () => {
  it('verifies development issuer tokens with the issuer public key, as npm start does', async () => {
    const verifier = createTokenVerifier({
      kind: 'publicKey',
      key: issuer.publicKey,
      ...rules(),
    });
    const token = await issuer.issueToken(analyst.caller);
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual(
      analyst.caller,
    );
  });

  it('verifies tokens against a JWKS fetched from the identity provider', async () => {
    const url = await serve((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [issuer.publicJwk] }));
    });
    const verifier = createTokenVerifier({
      kind: 'jwks',
      url: `${url}/jwks`,
      ...rules(),
    });
    const token = await issuer.issueToken(analyst.caller);
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual(
      analyst.caller,
    );
  });

  it('refuses a token whose key is not in the JWKS, as a 401', async () => {
    const url = await serve((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [] }));
    });
    const verifier = createTokenVerifier({
      kind: 'jwks',
      url: `${url}/jwks`,
      ...rules(),
    });
    const token = await issuer.issueToken(analyst.caller);
    await expect(verifier.verify(`Bearer ${token}`)).rejects.toMatchObject({
      failure: 'UNKNOWN_KEY',
      message: 'the token was not signed by a known key',
    });
  });

  it('reports a failing JWKS endpoint as the provider being unavailable (503), not the caller at fault', async () => {
    const url = await serve((_request, response) => {
      response.statusCode = 500;
      response.end();
    });
    const verifier = createTokenVerifier({
      kind: 'jwks',
      url: `${url}/jwks`,
      ...rules(),
    });
    const error: unknown = await verifier
      .verify(`Bearer ${await issuer.issueToken(analyst.caller)}`)
      .catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(IdentityProviderUnavailableError);
    expect(error).toMatchObject({
      extensions: {
        code: 'IDENTITY_PROVIDER_UNAVAILABLE',
        http: { status: 503 },
      },
    });
  });

  it('refuses a JWKS URL over plain http to anywhere but loopback', () => {
    expect(() =>
      createTokenVerifier({
        kind: 'jwks',
        url: 'http://idp.example.test/jwks',
        ...rules(),
      }),
    ).toThrow(/must use https \(plain http only on loopback\)/);
  });
});

describe('two Authorization headers through node:http', () => {
  it('are both visible in headersDistinct, so the verifier refuses them', async () => {
    const verifier = createTokenVerifier({
      kind: 'publicKey',
      key: issuer.publicKey,
      ...rules(),
    });
    const token = await issuer.issueToken(analyst.caller);
    let received: IncomingMessage | undefined;
    const url = await serve((request, response) => {
      received = request;
      response.end();
    });
    await sendTwoAuthorizationHeaders(url, token);
    if (!received) throw new Error('the server saw no request');
    const request: IncomingMessage = received;

    // Node keeps only the first Authorization in `headers`; the check needs the distinct list.
    expect(request.headers.authorization).toBe(`Bearer ${token}`);
    const error: unknown = await verifier
      .verify(request.headersDistinct.authorization)
      .catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      failure: 'MULTIPLE',
      message: 'more than one Authorization header was sent',
    });
  });
});

async function sendTwoAuthorizationHeaders(
  url: string,
  token: string,
): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = http.request(`${url}/graphql`, { method: 'POST' });
    request.setHeader('authorization', [`Bearer ${token}`, `Bearer ${token}`]);
    request.on('response', (response) => {
      response.resume();
      response.on('end', resolve);
    });
    request.on('error', reject);
    request.end();
  });
}
