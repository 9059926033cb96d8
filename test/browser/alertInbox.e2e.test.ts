/**
 * The console's alert inbox in a real browser against the real system
 * (issue 13 point 5): the North West Regional Lead leaves the console open;
 * a police emergency nomination and then HMPPS's notice of a prison transfer
 * reach the open page without a reload (the unread count and the list); the
 * lead marks them read and the count drops. The NCA officer named SRO on
 * acceptance gets the transfer's alert in their open console too, but never
 * the establishments: HMPPS's agreement with NCA is unsigned, so the register
 * keeps the movement from them and the page says to ask HMPPS.
 */
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { readBasePort } from '../e2e/readBasePort';
import {
  custodyTransferOf,
  DECIDE_EMERGENCY,
  EMERGENCY_NOMINATION,
  emergencyNominationOf,
  acceptanceNamingSroOf,
  NOTIFY_CUSTODY_MOVEMENT,
  TRANSFER,
} from '../alerts/alertOperations';
import { type ConsoleSession, openConsole, signIn } from './consolePage';
import { SCREENSHOTS } from './launchChromium';
import { useBrowserAndSystem } from './useBrowserAndSystem';

const BASE_PORT = readBasePort('CONSOLE_ALERTS_E2E_BASE_PORT', 17600, 6);
const PURPOSE = 'COHORT_MANAGEMENT';
const JUSTIFICATION = 'Watching the North West cohort for alerts';
/** Nominals the seeded population never nominated. */
const NOMINAL = 'NOM-00352';
const SECOND_NOMINAL = 'NOM-00353';
const STREAM_PATH = '/alerts/stream';

const started = useBrowserAndSystem(BASE_PORT);

/** A persona's answer through the gateway, as any client of the API gets it. */
async function askAs(
  persona: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const response = await fetch(started.system.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await started.system.token(persona)}`,
      [PURPOSE_HEADER]: PURPOSE,
      [JUSTIFICATION_HEADER]: JUSTIFICATION,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: unknown[];
  };
}

/** Another persona's write; it must succeed. */
async function writeAs(
  persona: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<void> {
  expect((await askAs(persona, query, variables)).errors).toBeUndefined();
}

/**
 * Signs a persona in and opens the Alerts screen once the inbox has been
 * read and the alert stream is open (its response headers in), so what comes
 * next can only arrive through the stream. A marker set on the window
 * afterwards proves the page was never reloaded.
 */
async function watchAlerts(persona: string): Promise<ConsoleSession> {
  const session = await openConsole(started.browser, started.origin);
  const inboxRead = session.page.waitForResponse(
    (response) =>
      response.request().postData()?.includes('query AlertInbox') === true,
  );
  const streamOpen = session.page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === STREAM_PATH &&
      response.status() === 200,
  );
  await signIn(session.page, persona, PURPOSE, JUSTIFICATION);
  await Promise.all([inboxRead, streamOpen]);
  await session.page.click('[data-testid=nav-alerts]');
  await session.page.waitForSelector(
    '[data-testid=alert-list], [data-testid=no-alerts]',
  );
  await session.page.evaluate(() => {
    (window as unknown as { unreloaded: boolean }).unreloaded = true;
  });
  return session;
}

const alertRow = (page: Page, kind: string) =>
  page
    .locator('[data-testid=alert]')
    .filter({ hasText: NOMINAL })
    .filter({ hasText: kind });

/** The header's unread count (no badge: none). */
async function unreadCount(page: Page): Promise<number> {
  const badge = page.locator('[data-testid=alert-count]');
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

async function expectNotReloaded(page: Page): Promise<void> {
  expect(
    await page.evaluate(
      () => (window as unknown as { unreloaded?: boolean }).unreloaded,
    ),
  ).toBe(true);
}

describe('the alert inbox in the console', () => {
  it('shows alerts raised by others in the open page at once, counts the unread and marks them read; an NCA SRO sees the transfer without its establishments', async () => {
    const lead = await watchAlerts('regional-lead');
    const sro = await watchAlerts('nca-officer');
    const before = await unreadCount(lead.page);

    await writeAs(
      'police-analyst',
      EMERGENCY_NOMINATION,
      emergencyNominationOf(NOMINAL),
    );
    const nomination = alertRow(lead.page, 'Nomination');
    await nomination.waitFor();
    expect(await nomination.getAttribute('data-read')).toBe('false');
    await lead.page.waitForSelector(
      `[data-testid=alert-count]:text-is("${before + 1}")`,
    );

    await writeAs(
      'regional-lead',
      DECIDE_EMERGENCY,
      acceptanceNamingSroOf(NOMINAL),
    );
    await writeAs(
      'prison-intel',
      NOTIFY_CUSTODY_MOVEMENT,
      custodyTransferOf(NOMINAL),
    );
    const leadTransfer = alertRow(lead.page, 'Custody movement');
    await leadTransfer.waitFor();
    expect(
      await leadTransfer.locator('[data-testid=alert-text]').textContent(),
    ).toContain(
      `from ${TRANSFER.fromEstablishment} to ${TRANSFER.toEstablishment}`,
    );
    await lead.page.waitForSelector(
      `[data-testid=alert-count]:text-is("${before + 2}")`,
    );

    const sroTransfer = alertRow(sro.page, 'Custody movement');
    await sroTransfer.waitFor();
    expect(
      await sroTransfer.locator('[data-testid=alert-text]').textContent(),
    ).toMatch(/^HMPPS has notified a custody movement of NOM-00352; ask HMPPS/);
    const sroPage = (await sro.page.textContent('body')) ?? '';
    expect(sroPage).not.toContain(TRANSFER.fromEstablishment);
    expect(sroPage).not.toContain(TRANSFER.toEstablishment);
    expect(await sro.page.locator('[data-testid=errors]').count()).toBe(0);
    await sro.page.screenshot({
      path: join(SCREENSHOTS, 'alerts-nca-sro.png'),
    });

    // The page lists what the API answers the lead, no more.
    const inbox = (await askAs('regional-lead', '{ alerts { id } }')).data
      ?.alerts as { id: string }[];
    const listed = await lead.page
      .locator('[data-testid=alert]')
      .evaluateAll((rows) =>
        rows.map((row) => row.getAttribute('data-alert-id')),
      );
    expect(listed).toEqual(inbox.map((alert) => alert.id));
    await lead.page.screenshot({ path: join(SCREENSHOTS, 'alerts-lead.png') });

    await nomination.locator('[data-testid=mark-read]').click();
    await lead.page.waitForSelector(
      `[data-testid=alert-count]:text-is("${before + 1}")`,
    );
    expect(await nomination.getAttribute('data-read')).toBe('true');
    await lead.page.click('[data-testid=mark-all-read]');
    await lead.page.waitForSelector('[data-testid=alert-count]', {
      state: 'detached',
    });
    expect(
      await lead.page.locator('[data-testid=alert][data-read=false]').count(),
    ).toBe(0);
    const unread = (
      await askAs('regional-lead', '{ alerts(unreadOnly: true) { id } }')
    ).data?.alerts;
    expect(unread).toEqual([]);

    await expectNotReloaded(lead.page);
    await expectNotReloaded(sro.page);
    expect(lead.problems).toEqual([]);
    expect(sro.problems).toEqual([]);
    await lead.page.context().close();
    await sro.page.context().close();
  });

  it('opens the alert stream again after the gateway failed it, and delivers through the new one', async () => {
    const session = await openConsole(started.browser, started.origin);
    const answered: number[] = [];
    await session.page.route(`**${STREAM_PATH}`, async (route) => {
      if (answered.length > 0) return route.continue();
      answered.push(503);
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ message: 'Unavailable for the test.' }],
        }),
      });
    });
    const reopened = session.page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === STREAM_PATH &&
        response.status() === 200,
    );
    await signIn(session.page, 'regional-lead', PURPOSE, JUSTIFICATION);
    await reopened;
    expect(answered).toEqual([503]);
    await session.page.click('[data-testid=nav-alerts]');
    await writeAs(
      'police-analyst',
      EMERGENCY_NOMINATION,
      emergencyNominationOf(SECOND_NOMINAL),
    );
    await session.page
      .locator('[data-testid=alert]')
      .filter({ hasText: SECOND_NOMINAL })
      .waitFor();
    expect(
      await session.page.locator('[data-testid=alert-stream-problem]').count(),
    ).toBe(0);
    await session.page.context().close();
  });

  it('closes the alert stream on sign-out', async () => {
    const lead = await watchAlerts('regional-lead');
    const closed = lead.page.waitForEvent(
      'requestfailed',
      (request) => new URL(request.url()).pathname === STREAM_PATH,
    );
    await lead.page.click('button:text-is("Sign out")');
    await lead.page.waitForSelector('[data-testid=persona-picker]');
    await closed;
    await lead.page.context().close();
  });
});
