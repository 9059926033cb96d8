/**
 * Disclosure requests in the console (issue 12 point 6), in a real browser
 * against the real system: a police analyst asks HMRC for the tax record
 * held on NOM-00001 from its held card, HMRC's disclosure officer approves it
 * from the queue under CRCA 2005 s.18(2)(d), and the analyst then reads the
 * record in full, in their region only; a decline reaches the requester with
 * its reason, and is re-opened and withdrawn there. The same round trip runs
 * to HMPPS: an NCA officer asks for the custody record HMPPS shows as held,
 * and HMPPS's disclosure officer approves it in the HMPPS queue.
 */
import { join } from 'node:path';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { readBasePort } from '../e2e/readBasePort';
import { type StartedSystem, startSystem } from '../e2e/startSystem';
import { openConsole, openProfile, signIn } from './consolePage';
import { launchChromium, SCREENSHOTS } from './launchChromium';

const BASE_PORT = readBasePort('CONSOLE_REQUESTS_E2E_BASE_PORT', 16200, 6);
const PURPOSE = 'INTELLIGENCE_DEVELOPMENT';
const JUSTIFICATION = 'Subject profile for the regional tasking meeting';
const TAX_CARD = '[data-testid=held-card][data-owner=HMRC][data-category=TAX]';
const TAX_QUERY = `query ($id: ID!) { nominal(id: $id) { id hmrc { taxReference } } }`;
const MY_REQUESTS = `{ disclosureRequests(owner: "HMRC") { id nominalId category status } }`;
const CUSTODY_CARD =
  '[data-testid=held-card][data-owner=HMPPS][data-category=CUSTODY]';
const CUSTODY_QUERY = `query ($id: ID!) { nominal(id: $id) { id custody { establishment } } }`;

let system: StartedSystem;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  browser = await launchChromium();
  system = await startSystem(BASE_PORT);
  origin = `http://127.0.0.1:${system.ports.gateway}`;
}, 170_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

/** The API's answer to a persona (extra token options such as `--claim`). */
async function askAs(
  persona: string,
  query: string,
  variables: Record<string, unknown> = {},
  ...tokenOptions: string[]
) {
  const token = await system.token(persona, ...tokenOptions);
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      [PURPOSE_HEADER]: PURPOSE,
      [JUSTIFICATION_HEADER]: JUSTIFICATION,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
    extensions?: {
      disclosure?: {
        nominals: {
          nominalId: string;
          agencies: { owner: string; held: string[] }[];
        }[];
      };
    };
  };
}

async function taxReferenceAs(
  persona: string,
  nominalId: string,
  ...tokenOptions: string[]
) {
  const result = await askAs(
    persona,
    TAX_QUERY,
    { id: nominalId },
    ...tokenOptions,
  );
  const nominal = result.data?.nominal as
    { hmrc: { taxReference: string } | null } | undefined;
  return { reference: nominal?.hmrc?.taxReference ?? null, result };
}

/** The police analyst's HMRC requests for a nominal, as the API lists them. */
async function analystRequestsFor(nominalId: string) {
  const result = await askAs('police-analyst', MY_REQUESTS);
  const requests = (result.data?.disclosureRequests ?? []) as {
    nominalId: string;
    category: string;
    status: string;
  }[];
  return requests.filter(
    (request) => request.nominalId === nominalId && request.category === 'TAX',
  );
}

/** A nominal other than NOM-00001 whose HMRC tax the analyst is shown as held. */
async function findAnotherHeldTax(): Promise<string> {
  for (let index = 2; index <= 80; index += 1) {
    const id = `NOM-${String(index).padStart(5, '0')}`;
    const { result } = await taxReferenceAs('police-analyst', id);
    const hmrc = result.extensions?.disclosure?.nominals
      .find((each) => each.nominalId === id)
      ?.agencies.find((agency) => agency.owner === 'HMRC');
    if (hmrc?.held.includes('TAX')) return id;
  }
  throw new Error('no nominal among the first 80 with HMRC tax held');
}

/** Raises a request from a held card (TAX_CARD, say) of the open profile. */
async function raiseFromCard(
  page: Page,
  cardSelector: string,
  fill: (form: ReturnType<Page['locator']>) => Promise<void>,
): Promise<void> {
  const card = page.locator(cardSelector);
  await card.locator('[data-testid=request-disclosure]').click();
  const form = card.locator('[data-testid=request-form]');
  await fill(form);
  // Twice, as an impatient double click: one request, not two.
  await form.locator('button[type=submit]').dblclick();
  await card.locator('[data-testid=request-raised]').waitFor();
}

async function openMyRequests(page: Page): Promise<void> {
  await page.click('[data-testid=nav-search]');
  await page.click('[data-testid=nav-requests]');
  await page.waitForSelector(
    '[data-testid=my-request], [data-testid=no-requests]',
  );
}

async function openQueueAs(persona: string) {
  const session = await openConsole(browser, origin);
  await signIn(
    session.page,
    persona,
    PURPOSE,
    'Deciding requests in the disclosure queue',
  );
  await session.page.click('[data-testid=nav-queue]');
  await session.page.waitForSelector(
    '[data-testid=queue-request], [data-testid=queue-empty]',
  );
  return session;
}

/** Approves a queued request under `legalBasis` for 30 days; `beforeSubmit` sees the filled form. */
async function approveInQueue(
  queued: Locator,
  legalBasis: string,
  beforeSubmit: () => Promise<unknown> = () => Promise.resolve(),
): Promise<void> {
  const decision = queued.locator('[data-testid=decision-form]');
  await decision.locator('select[name=legalBasis]').selectOption(legalBasis);
  await decision.locator('input[name=expiresOn]').fill(inDays(30));
  await beforeSubmit();
  await decision.locator('button[type=submit]').click();
  expect(await queued.locator('[data-testid=decided]').textContent()).toContain(
    'Approved',
  );
}

/** The requester's My requests shows `mine` approved under `legalBasis`. */
async function expectApproved(
  page: Page,
  mine: Locator,
  legalBasis: string,
): Promise<void> {
  await openMyRequests(page);
  expect(await mine.getAttribute('data-status')).toBe('APPROVED');
  expect(
    await mine.locator('[data-testid=request-legal-basis]').textContent(),
  ).toContain(legalBasis);
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Only the console's own origin was asked, and no URL carried a value typed or shown. */
function expectNoValueInUrls(requests: string[], values: string[]): void {
  expect(requests.length).toBeGreaterThan(0);
  for (const url of requests) {
    if (url.startsWith('blob:')) continue;
    expect(new URL(url).origin).toBe(origin);
    for (const value of values)
      expect(url).not.toContain(encodeURIComponent(value));
  }
}

describe('disclosure requests in the console', () => {
  it('raises a request from the held HMRC tax card, approved in the HMRC queue under CRCA 2005 s.18(2)(d), and shows the tax in full to the requester’s region only', async () => {
    expect(
      (await taxReferenceAs('police-analyst', 'NOM-00001')).reference,
    ).toBeNull();
    const analyst = await openConsole(browser, origin);
    await signIn(analyst.page, 'police-analyst');
    expect(await analyst.page.locator('[data-testid=nav-queue]').count()).toBe(
      0,
    );
    await openProfile(analyst.page, 'NOM-00001');
    await analyst.page.waitForSelector(TAX_CARD);
    const urgencyReason = 'Arrest planned for Friday; assets to restrain';
    await raiseFromCard(analyst.page, TAX_CARD, async (form) => {
      expect(
        await form.locator('textarea[name=justification]').inputValue(),
      ).toBe(JUSTIFICATION);
      expect(await form.locator('select[name=forRegion]').inputValue()).toBe(
        'NORTH_WEST',
      );
      expect(await form.locator('input[name=forUnit]').inputValue()).toBe(
        'NWROCU',
      );
      await form.locator('input[name=urgency][value=URGENT]').check();
      await form.locator('textarea[name=urgencyReason]').fill(urgencyReason);
    });
    await analyst.page.screenshot({
      path: join(SCREENSHOTS, 'request-raised.png'),
      fullPage: true,
    });
    expect(await analystRequestsFor('NOM-00001')).toEqual([
      expect.objectContaining({ status: 'PENDING' }),
    ]);
    await openMyRequests(analyst.page);
    const mine = analyst.page.locator(
      '[data-testid=my-request][data-nominal=NOM-00001][data-category=TAX]',
    );
    expect(await mine.getAttribute('data-status')).toBe('PENDING');
    expect(
      await mine.locator('[data-testid=request-deadline]').textContent(),
    ).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);

    // HMRC's disclosure officer sees it with its context and the register's list.
    const officer = await openQueueAs('hmrc-disclosure-officer');
    const queued = officer.page.locator(
      '[data-testid=queue-request][data-nominal=NOM-00001][data-category=TAX]',
    );
    const context = await queued.textContent();
    for (const expected of [
      'dev-0001-police-analyst',
      'Police',
      'NORTH_WEST, NWROCU',
      'Intelligence development',
      JUSTIFICATION,
      'Urgent',
      urgencyReason,
    ])
      expect(context).toContain(expected);
    const bases = await queued
      .locator('[data-testid=legal-basis]')
      .allTextContents();
    expect(bases).toEqual(
      expect.arrayContaining([
        expect.stringContaining('CRCA 2005 s.18(2)(d)'),
        expect.stringContaining('CRCA 2005 s.20'),
        expect.stringContaining('ATCSA 2001 s.19'),
      ]),
    );
    expect(bases.join(' ')).not.toContain('Crime and Courts Act');
    await approveInQueue(queued, 'hmrc-crca-s18-2-d', () =>
      officer.page.screenshot({
        path: join(SCREENSHOTS, 'request-queue.png'),
        fullPage: true,
      }),
    );

    // The requester sees it approved, and the tax record in full.
    await expectApproved(analyst.page, mine, 'hmrc-crca-s18-2-d');
    expect(
      await mine.locator('[data-testid=request-grant-reach]').textContent(),
    ).toContain('NORTH_WEST, NWROCU');
    await mine.locator('button', { hasText: 'Open NOM-00001' }).click();
    await analyst.page.waitForSelector('[data-testid=section-HMRC]');
    const { reference } = await taxReferenceAs('police-analyst', 'NOM-00001');
    expect(reference).toMatch(/^\d{10}$/);
    expect(
      await analyst.page.textContent('[data-testid=section-HMRC]'),
    ).toContain(String(reference));
    expect(await analyst.page.locator(TAX_CARD).count()).toBe(0);
    await analyst.page.screenshot({
      path: join(SCREENSHOTS, 'request-approved-profile.png'),
      fullPage: true,
    });

    // The same analyst placed in another region is not reached by the grant.
    const elsewhere = await taxReferenceAs(
      'police-analyst',
      'NOM-00001',
      '--claim',
      'regions=["EAST_MIDLANDS"]',
      '--claim',
      'unit=EMSOU',
    );
    expect(elsewhere.reference).toBeNull();
    expect(
      elsewhere.result.errors?.map((error) => error.extensions?.code),
    ).toContain('WITHHELD');

    expectNoValueInUrls(analyst.requests, [
      JUSTIFICATION,
      urgencyReason,
      'NOM-00001',
    ]);
    expectNoValueInUrls(officer.requests, [JUSTIFICATION, 'NOM-00001']);
    expect(analyst.problems).toEqual([]);
    expect(officer.problems).toEqual([]);
    await analyst.page.context().close();
    await officer.page.context().close();
  });

  it('shows a decline and its reason to the requester, who re-opens it and then withdraws it', async () => {
    const nominalId = await findAnotherHeldTax();
    const analyst = await openConsole(browser, origin);
    await signIn(analyst.page, 'police-analyst');
    await openProfile(analyst.page, nominalId);
    await analyst.page.waitForSelector(TAX_CARD);
    await raiseFromCard(analyst.page, TAX_CARD, async () => undefined);

    const officer = await openQueueAs('hmrc-disclosure-officer');
    const queued = officer.page.locator(
      `[data-testid=queue-request][data-nominal=${nominalId}][data-category=TAX]`,
    );
    const decision = queued.locator('[data-testid=decision-form]');
    await decision.locator('input[name=decision][value=DECLINE]').check();
    expect(await decision.locator('select[name=legalBasis]').count()).toBe(0);
    const reason = 'Not necessary: the NWROCU already holds the returns';
    await decision.locator('textarea[name=reason]').fill(reason);
    await decision.locator('button[type=submit]').click();
    expect(
      await queued.locator('[data-testid=decided]').textContent(),
    ).toContain('Declined');

    await openMyRequests(analyst.page);
    const mine = analyst.page.locator(
      `[data-testid=my-request][data-nominal=${nominalId}][data-category=TAX]`,
    );
    expect(await mine.getAttribute('data-status')).toBe('DECLINED');
    expect(
      await mine.locator('[data-testid=request-reason]').textContent(),
    ).toContain(reason);
    await analyst.page.screenshot({
      path: join(SCREENSHOTS, 'request-declined.png'),
      fullPage: true,
    });
    expect(
      (await taxReferenceAs('police-analyst', nominalId)).reference,
    ).toBeNull();

    // Re-opened with a new justification it is pending again; then withdrawn.
    const reopen = mine.locator('[data-testid=reopen-form]');
    await reopen
      .locator('textarea[name=justification]')
      .fill('New evidence of undeclared income from a search');
    await reopen.locator('button[type=submit]').click();
    await analyst.page.waitForSelector(
      `[data-testid=my-request][data-nominal=${nominalId}][data-status=PENDING]`,
    );
    await mine.locator('[data-testid=withdraw-request]').click();
    await analyst.page.waitForSelector(
      `[data-testid=my-request][data-nominal=${nominalId}][data-status=WITHDRAWN]`,
    );
    expect(await analystRequestsFor(nominalId)).toEqual([
      expect.objectContaining({ status: 'WITHDRAWN' }),
    ]);
    expect(analyst.problems).toEqual([]);
    expect(officer.problems).toEqual([]);
    await analyst.page.context().close();
    await officer.page.context().close();
  });

  it('raises a request from the held HMPPS custody card as an NCA officer, approved in the HMPPS queue under a basis HMPPS may name to the NCA, and shows the custody record in full', async () => {
    const establishmentAs = async (persona: string) =>
      (
        (await askAs(persona, CUSTODY_QUERY, { id: 'NOM-00001' })).data
          ?.nominal as { custody: { establishment: string } | null } | undefined
      )?.custody?.establishment ?? null;
    expect(await establishmentAs('nca-officer')).toBeNull();
    const requester = await openConsole(browser, origin);
    await signIn(requester.page, 'nca-officer');
    await openProfile(requester.page, 'NOM-00001');
    await requester.page.waitForSelector(CUSTODY_CARD);
    await raiseFromCard(requester.page, CUSTODY_CARD, async (form) => {
      await form.locator('select[name=forRegion]').selectOption('NORTH_WEST');
    });
    await openMyRequests(requester.page);
    const mine = requester.page.locator(
      '[data-testid=my-request][data-nominal=NOM-00001][data-category=CUSTODY]',
    );
    expect(await mine.count()).toBe(1);
    expect(await mine.getAttribute('data-status')).toBe('PENDING');

    // HMPPS's disclosure officer decides it in HMPPS's queue, under HMPPS's list.
    const officer = await openQueueAs('hmpps-disclosure-officer');
    const queued = officer.page.locator(
      '[data-testid=queue-request][data-nominal=NOM-00001][data-category=CUSTODY]',
    );
    const context = await queued.textContent();
    for (const expected of [
      'dev-0004-nca-officer',
      'NORTH_WEST',
      JUSTIFICATION,
    ])
      expect(context).toContain(expected);
    const bases = (
      await queued.locator('[data-testid=legal-basis]').allTextContents()
    ).join(' ');
    // For an intelligence purpose from the NCA: not offender management, nor MAPPA (police only).
    expect(bases).toContain('Crime and Courts Act 2013 s.7(1)');
    expect(bases).toContain('DPA 2018 s.35(2)(b)');
    expect(bases).not.toContain('Criminal Justice Act 2003');
    expect(bases).not.toContain('Offender Management Act 2007');
    expect(bases).not.toContain('CRCA 2005');
    await approveInQueue(queued, 'hmpps-cca-s7-1');
    await expectApproved(requester.page, mine, 'hmpps-cca-s7-1');
    const establishment = await establishmentAs('nca-officer');
    expect(establishment).toEqual(expect.any(String));
    await mine.locator('button', { hasText: 'Open NOM-00001' }).click();
    await requester.page.waitForSelector('[data-testid=section-HMPPS]');
    expect(
      await requester.page.textContent('[data-testid=section-HMPPS]'),
    ).toContain(String(establishment));
    expect(await requester.page.locator(CUSTODY_CARD).count()).toBe(0);
    expect(requester.problems).toEqual([]);
    expect(officer.problems).toEqual([]);
    await requester.page.context().close();
    await officer.page.context().close();
  });

  it('shows the gateway’s refusal in the form, saying nothing was recorded, when the owner refuses the request: a DWP officer asking an owner', async () => {
    const dwp = await openConsole(browser, origin);
    await signIn(dwp.page, 'dwp-officer');
    await openProfile(dwp.page, 'NOM-00001');
    // Withheld only for want of an agreement, which a grant could lift: offered.
    await dwp.page.waitForSelector('[data-testid=withheld-note]');
    const offered = dwp.page
      .locator('[data-testid=withheld-note]')
      .filter({ has: dwp.page.locator('[data-testid=request-disclosure]') })
      .first();
    const note = dwp.page.locator(
      `[data-testid=withheld-note][data-owner=${await offered.getAttribute('data-owner')}][data-category=${await offered.getAttribute('data-category')}]`,
    );
    await note.locator('[data-testid=request-disclosure]').click();
    await note
      .locator('[data-testid=request-form] button[type=submit]')
      .click();
    const refusal = await note.locator('[data-testid=errors]').textContent();
    expect(refusal).toContain('nothing was recorded');
    expect(refusal).toContain('You may not read disclosure requests');
    expect(await note.locator('[data-testid=request-raised]').count()).toBe(0);
    expect(dwp.problems).toEqual([]);
    await dwp.page.context().close();
  });
});
