import { type Browser, type Page } from 'playwright-core';

/** A console page for one persona, recording every request and complaint it makes. */
export interface ConsoleSession {
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors and uncaught exceptions (CSP violations included). */
  problems: string[];
}

export async function openConsole(
  browser: Browser,
  origin: string,
): Promise<ConsoleSession> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${origin}/`);
  return { page, requests, problems };
}

/** Picks a persona, then declares a purpose and justification. */
export async function signIn(
  page: Page,
  persona: string,
  purpose = 'INTELLIGENCE_DEVELOPMENT',
  justification = 'Subject profile for the regional tasking meeting',
): Promise<void> {
  await page.click(`[data-testid=persona-${persona}]`);
  await declarePurpose(page, purpose, justification);
}

/** Fills and sends the purpose form (at sign-in, or when changing purpose). */
export async function declarePurpose(
  page: Page,
  purpose: string,
  justification: string,
): Promise<void> {
  await page.selectOption(
    '[data-testid=purpose-form] select[name=purpose]',
    purpose,
  );
  await page.fill(
    '[data-testid=purpose-form] input[name=justification]',
    justification,
  );
  await page.click('[data-testid=purpose-form] button[type=submit]');
  await page.waitForSelector('[data-testid=declared-purpose]');
}

/** Opens a nominal's Subject Profile by id and waits for it to load. */
export async function openProfile(
  page: Page,
  nominalId: string,
): Promise<void> {
  await page.click('[data-testid=nav-search]');
  await page.fill('[data-testid=open-by-id] input[name=nominalId]', nominalId);
  await page.click('[data-testid=open-by-id] button[type=submit]');
  await page.waitForSelector('[data-testid=profile]');
}

/**
 * Searches by name and opens a nominal from the results, as an analyst
 * would; `resultsScreenshot` saves the results page on the way.
 */
export async function searchAndOpen(
  page: Page,
  name: string,
  nominalId: string,
  resultsScreenshot?: string,
): Promise<void> {
  await page.fill('[data-testid=search-form] input[name=name]', name);
  await page.click('[data-testid=search-form] button[type=submit]');
  await page.waitForSelector(`[data-testid=open-${nominalId}]`);
  if (resultsScreenshot) await page.screenshot({ path: resultsScreenshot });
  await page.click(`[data-testid=open-${nominalId}]`);
  await page.waitForSelector('[data-testid=profile] section');
}

export async function bannerTexts(page: Page): Promise<[string, string]> {
  return [
    (await page.textContent('[data-testid=banner-top]')) ?? '',
    (await page.textContent('[data-testid=banner-bottom]')) ?? '',
  ];
}
