import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HttpRoute } from '@marsoc/platform';
import { loadGatewayConfig } from '../../config';
import { createConsoleRoutes } from '../createConsoleRoutes';

const directories: string[] = [];
const servers: Server[] = [];

afterAll(() => {
  for (const server of servers) server.close();
  for (const directory of directories)
    rmSync(directory, { recursive: true, force: true });
});

function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'marsoc-console-'));
  directories.push(directory);
  return directory;
}

/** A bundle of two files, and a secret beside it that must never be served. */
function fakeBundle(): string {
  const parent = temporaryDirectory();
  const bundle = join(parent, 'dist');
  mkdirSync(bundle);
  writeFileSync(join(bundle, 'index.html'), '<!doctype html><p>console</p>');
  writeFileSync(join(bundle, 'console.js'), 'void 0;');
  writeFileSync(join(parent, 'secret.txt'), 'not for the browser');
  return bundle;
}

async function serve(routes: HttpRoute[]): Promise<string> {
  const server = createServer((request, response) => {
    void (async () => {
      for (const route of routes) if (await route(request, response)) return;
      response.writeHead(404).end();
    })();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function routesFor(env: Record<string, string>, bundle?: string) {
  const dataDirectory = temporaryDirectory();
  const full = { DATA_DIR: dataDirectory, ...env };
  return createConsoleRoutes(
    loadGatewayConfig(full),
    full,
    bundle ?? fakeBundle(),
  );
}

describe('console routes', () => {
  it('serves the page with a strict CSP, no framing and no referrer', async () => {
    const base = await serve((await routesFor({})).routes);
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('console');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves only the bundle: no path reaches a file beside it', async () => {
    const base = await serve((await routesFor({})).routes);
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/secret.txt',
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(404);
    }
    expect((await fetch(`${base}/console.js`)).status).toBe(200);
  });

  it('explains, rather than fails, when the console has not been built', async () => {
    const { routes, assetsReady } = await routesFor(
      {},
      join(temporaryDirectory(), 'missing'),
    );
    expect(assetsReady).toBe(false);
    const response = await fetch(`${await serve(routes)}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:console');
  });

  it('offers the persona picker and mints a persona token with the development issuer', async () => {
    const base = await serve((await routesFor({})).routes);
    const config = (await (await fetch(`${base}/console/config`)).json()) as {
      signIn: { kind: string };
      personas: { handle: string }[];
      markings: Record<string, { owner: string }>;
    };
    expect(config.signIn.kind).toBe('development');
    expect(config.personas.map((p) => p.handle)).toContain('police-analyst');
    expect(config.markings['Nominal.hmrc']?.owner).toBe('HMRC');
    const minted = await fetch(`${base}/console/development-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ persona: 'police-analyst' }),
    });
    expect(minted.status).toBe(200);
    expect(((await minted.json()) as { token: string }).token).toMatch(
      /^ey[\w-]+\.[\w-]+\.[\w-]+$/,
    );
  });

  it('refuses a token request that is not JSON or comes from another site', async () => {
    const base = await serve((await routesFor({})).routes);
    const form = await fetch(`${base}/console/development-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'persona=police-analyst',
    });
    expect(form.status).toBe(400);
    const crossSite = await fetch(`${base}/console/development-token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'sec-fetch-site': 'cross-site',
      },
      body: JSON.stringify({ persona: 'police-analyst' }),
    });
    expect(crossSite.status).toBe(400);
  });

  it('has no persona picker and no token route in production', async () => {
    const { routes } = await routesFor({
      NODE_ENV: 'production',
      ALLOW_DEVELOPMENT_ISSUER: 'true',
    });
    const base = await serve(routes);
    const config = (await (await fetch(`${base}/console/config`)).json()) as {
      signIn: { kind: string };
      personas: unknown[];
    };
    expect(config.signIn.kind).toBe('unavailable');
    expect(config.personas).toEqual([]);
    const minted = await fetch(`${base}/console/development-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ persona: 'police-analyst' }),
    });
    expect(minted.status).toBe(404);
  });

  it('publishes OIDC endpoints and client id, never a secret, and lets the page reach the token endpoint', async () => {
    const { routes } = await routesFor({
      AUTH_JWKS_URL: 'https://idp.example.gov.uk/jwks',
      AUTH_ISSUER: 'https://idp.example.gov.uk',
      CONSOLE_OIDC_CLIENT_ID: 'marsoc-console',
      CONSOLE_OIDC_AUTHORIZATION_URL: 'https://idp.example.gov.uk/authorize',
      CONSOLE_OIDC_TOKEN_URL: 'https://idp.example.gov.uk/realms/marsoc/token',
      CONSOLE_OIDC_CLIENT_SECRET: 'never-published',
    });
    const base = await serve(routes);
    const response = await fetch(`${base}/console/config`);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      signIn: {
        kind: 'oidc',
        issuer: 'https://idp.example.gov.uk',
        clientId: 'marsoc-console',
      },
      personas: [],
    });
    expect(text).not.toContain('never-published');
    // The token endpoint's origin, exactly: not its host's other ports, not
    // every https origin.
    const connect = (response.headers.get('content-security-policy') ?? '')
      .split('; ')
      .find((directive) => directive.startsWith('connect-src'));
    expect(connect).toBe("connect-src 'self' https://idp.example.gov.uk");
  });

  it('refuses at start a console provider reached over plain http other than on loopback', async () => {
    const provider = {
      AUTH_JWKS_URL: 'https://idp.example.gov.uk/jwks',
      CONSOLE_OIDC_CLIENT_ID: 'marsoc-console',
      CONSOLE_OIDC_AUTHORIZATION_URL: 'https://idp.example.gov.uk/authorize',
    };
    await expect(
      routesFor({
        ...provider,
        CONSOLE_OIDC_TOKEN_URL: 'http://idp.example.gov.uk/token',
      }),
    ).rejects.toThrow('CONSOLE_OIDC_TOKEN_URL');
    const { routes } = await routesFor({
      ...provider,
      CONSOLE_OIDC_TOKEN_URL: 'http://127.0.0.1:15310/token',
    });
    const response = await fetch(`${await serve(routes)}/console/config`);
    expect(response.headers.get('content-security-policy')).toContain(
      "connect-src 'self' http://127.0.0.1:15310;",
    );
  });
});
