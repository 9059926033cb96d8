/**
 * The console signing in at an organisation's OpenID Connect provider (issue
 * 11 point 2): the real system started as `npm start` starts it, pointed at
 * a real provider on another origin (test/helpers/oidcProvider), and Debian's
 * chromium doing what an analyst does. No persona picker, the code exchanged
 * with PKCE from the page, the token in memory only, and a return the tab did
 * not start refused.
 */
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { callerOf } from '../helpers/personas';
import {
  type OpenIdConfiguration,
  startTestOidcProvider,
  type TestOidcProvider,
} from '../helpers/oidcProvider/startTestOidcProvider';
import { type StartedSystem, startSystem } from '../e2e/startSystem';
import {
  bannerTexts,
  declarePurpose,
  openConsole,
  searchAndOpen,
} from './consolePage';
import { launchChromium, SCREENSHOTS } from './launchChromium';
import { readBasePort } from '../e2e/readBasePort';

const BASE_PORT = readBasePort('CONSOLE_OIDC_E2E_BASE_PORT', 15300, 11);
const PROVIDER_PORT = BASE_PORT + 10;
const AUDIENCE = 'urn:marsoc:gateway';
const CLIENT_ID = 'marsoc-console';
/** An analyst as the organisation knows them: not a development persona's subject. */
const ACCOUNT = {
  username: 'ada.madeup',
  password: 'a long and unguessable passphrase',
  claims: { ...callerOf('police-analyst'), sub: 'idp|ada.madeup' },
};

let provider: TestOidcProvider;
let system: StartedSystem;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  browser = await launchChromium();
  origin = `http://127.0.0.1:${BASE_PORT}`;
  provider = await startTestOidcProvider({
    port: PROVIDER_PORT,
    audience: AUDIENCE,
    clients: [{ clientId: CLIENT_ID, redirectUri: `${origin}/` }],
    accounts: [ACCOUNT],
  });
  // Configured from the provider's discovery document, as an operator would.
  const discovery = (await (
    await fetch(`${provider.issuer}/.well-known/openid-configuration`)
  ).json()) as OpenIdConfiguration;
  system = await startSystem(BASE_PORT, {
    AUTH_ISSUER: discovery.issuer,
    AUTH_JWKS_URL: discovery.jwks_uri,
    AUTH_AUDIENCE: AUDIENCE,
    CONSOLE_OIDC_CLIENT_ID: CLIENT_ID,
    CONSOLE_OIDC_AUTHORIZATION_URL: discovery.authorization_endpoint,
    CONSOLE_OIDC_TOKEN_URL: discovery.token_endpoint,
  });
}, 170_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
  await provider?.stop();
});

/** Clicks the console's sign-in button and signs in on the provider's page. */
async function signInAtProvider(page: Page, password = ACCOUNT.password) {
  await page.click('[data-testid=oidc-sign-in]');
  await page.waitForSelector('[data-testid=login-form]');
  expect(new URL(page.url()).origin).toBe(provider.issuer);
  await page.fill('input[name=username]', ACCOUNT.username);
  await page.fill('input[name=password]', password);
  await page.click('button[value=sign-in]');
}

/**
 * Signs in at the provider but holds the browser on its way back: the address
 * the provider sent it to (with the code and state), which a test may alter.
 */
async function holdProviderReturn(page: Page): Promise<URL> {
  const login = `${provider.issuer}/authorize`;
  let release: (location: string) => void = () => undefined;
  const held = new Promise<string>((resolve) => (release = resolve));
  await page.route(login, async (route) => {
    const answer = await route.fetch({ maxRedirects: 0 });
    release(answer.headers().location ?? '');
    await route.fulfill({ status: 200, body: 'held by the test' });
  });
  await signInAtProvider(page);
  const location = new URL(await held);
  await page.unroute(login);
  return location;
}

function connectSources(policy: string): string | undefined {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('connect-src '));
}

describe('the console signing in at an OpenID Connect provider', () => {
  it('lets the page reach exactly the provider origin, and offers no persona picker or development token', async () => {
    const page = await fetch(`${origin}/`);
    expect(
      connectSources(page.headers.get('content-security-policy') ?? ''),
    ).toBe(`connect-src 'self' ${provider.issuer}`);
    const config = (await (await fetch(`${origin}/console/config`)).json()) as {
      signIn: { kind: string; tokenEndpoint: string };
      personas: unknown[];
    };
    expect(config.signIn).toMatchObject({
      kind: 'oidc',
      tokenEndpoint: provider.configuration.token_endpoint,
    });
    expect(config.personas).toEqual([]);
    const minted = await fetch(`${origin}/console/development-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ persona: 'police-analyst' }),
    });
    expect(minted.status).toBe(404);
  });

  it('signs an analyst in with code and PKCE, keeps the token in memory only, and shows NOM-00001', async () => {
    const { page, requests, problems } = await openConsole(browser, origin);
    await page.waitForSelector('[data-testid=oidc-sign-in]');
    expect(await page.locator('[data-testid=persona-picker]').count()).toBe(0);
    expect(await page.locator('[data-testid^=persona-]').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'oidc-sign-in.png') });

    await page.click('[data-testid=oidc-sign-in]');
    await page.waitForSelector('[data-testid=login-form]');
    await page.screenshot({
      path: join(SCREENSHOTS, 'oidc-provider-login.png'),
    });
    await page.goBack();
    await signInAtProvider(page);
    await page.waitForSelector('[data-testid=purpose-form]');
    // Back at the console, with the code and state gone from the address bar.
    expect(page.url()).toBe(`${origin}/`);
    const issued = provider.exchanges.filter(
      (exchange) => exchange.outcome === 'issued',
    );
    expect(issued.map((exchange) => exchange.origin)).toEqual([origin]);
    const token = issued[0]?.accessToken ?? '';
    expect(token).toMatch(/^ey/);

    await declarePurpose(
      page,
      'INTELLIGENCE_DEVELOPMENT',
      'Subject profile for the regional tasking meeting',
    );
    await page.waitForSelector('[data-testid=caller]');
    expect(await page.textContent('[data-testid=caller]')).toContain(
      `${ACCOUNT.claims.name}, POLICE`,
    );
    await searchAndOpen(page, 'Florian Mudlak', 'NOM-00001');
    await page.waitForSelector('[data-testid=section-POLICE]');
    const [top, bottom] = await bannerTexts(page);
    expect(top).toMatch(/^(OFFICIAL|OFFICIAL-SENSITIVE|SECRET|TOP SECRET)$/);
    expect(bottom).toBe(top);
    expect(await page.textContent('[data-testid=section-POLICE]')).toContain(
      'Owner: POLICE',
    );
    await page.screenshot({
      path: join(SCREENSHOTS, 'oidc-profile.png'),
      fullPage: true,
    });

    // Nowhere but memory: no storage, no cookie, no database holds it.
    const stored = await page.evaluate(async () => ({
      text:
        JSON.stringify({ ...localStorage }) +
        JSON.stringify({ ...sessionStorage }),
      entries: localStorage.length + sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      cookies: document.cookie,
    }));
    expect(stored).toEqual({
      text: '{}{}',
      entries: 0,
      databases: 0,
      cookies: '',
    });
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.content()).not.toContain(token);

    // The page spoke only to its gateway and, for the sign-in, the provider.
    for (const url of requests)
      expect([origin, provider.issuer]).toContain(new URL(url).origin);
    expect(requests).toContain(provider.configuration.token_endpoint);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('refuses a return with a tampered state before sending the code anywhere', async () => {
    const { page } = await openConsole(browser, origin);
    await page.waitForSelector('[data-testid=oidc-sign-in]');
    const back = await holdProviderReturn(page);
    expect(back.searchParams.get('code')).toBeTruthy();
    back.searchParams.set('state', `${back.searchParams.get('state')}x`);
    const exchangesBefore = provider.exchanges.length;
    await page.goto(back.toString());
    await page.waitForSelector('[data-testid=sign-in-problem]');
    expect(await page.textContent('[data-testid=sign-in-problem]')).toBe(
      'the sign-in did not start here; please sign in again',
    );
    expect(provider.exchanges.length).toBe(exchangesBefore);
    expect(await page.locator('[data-testid=purpose-form]').count()).toBe(0);
    expect(page.url()).toBe(`${origin}/`);
    await page.context().close();
  });

  it("refuses another sign-in's code: the provider checks it against this tab's PKCE verifier", async () => {
    // Someone else's code, from a sign-in they started in their own browser.
    const other = await openConsole(browser, origin);
    await other.page.waitForSelector('[data-testid=oidc-sign-in]');
    const theirs = await holdProviderReturn(other.page);
    await other.page.context().close();
    // This tab starts its own sign-in; a link then brings it back with their
    // code under this tab's own state, as a forged link that knew it would.
    const { page } = await openConsole(browser, origin);
    await page.waitForSelector('[data-testid=oidc-sign-in]');
    const ours = await holdProviderReturn(page);
    theirs.searchParams.set('state', ours.searchParams.get('state') ?? '');
    await page.goto(theirs.toString());
    await page.waitForSelector('[data-testid=sign-in-problem]');
    expect(await page.textContent('[data-testid=sign-in-problem]')).toBe(
      'the identity provider refused the sign-in (400)',
    );
    expect(provider.exchanges.at(-1)).toEqual({
      origin,
      outcome: 'invalid_grant',
    });
    expect(await page.locator('[data-testid=purpose-form]').count()).toBe(0);
    await page.context().close();
  });

  it('says so when the analyst cancels at the provider', async () => {
    const { page } = await openConsole(browser, origin);
    await page.click('[data-testid=oidc-sign-in]');
    await page.waitForSelector('[data-testid=login-form]');
    await page.click('button[value=cancel]');
    await page.waitForSelector('[data-testid=sign-in-problem]');
    expect(await page.textContent('[data-testid=sign-in-problem]')).toBe(
      'the sign-in was cancelled at the identity provider',
    );
    await page.context().close();
  });
});
