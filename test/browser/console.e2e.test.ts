/**
 * The analysts' console in a real browser (Debian's chromium driven by
 * playwright-core) against the real system started as `npm start` starts it,
 * which also builds the console. Screenshots go to test-output/console/.
 */
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import {
  postGraphQL,
  type StartedSystem,
  startSystem,
} from '../e2e/startSystem';
import { SUBJECT_PROFILE_QUERY } from '@marsoc/console/profile-query';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { type GatewayResult } from '../helpers/inProcessSupergraph';
import { callerOf } from '../helpers/personas';
import { findHiddenValues } from '../profiles/hiddenValues';
import {
  bannerTexts,
  declarePurpose,
  openConsole,
  openProfile,
  searchAndOpen,
  signIn,
} from './consolePage';
import { downloadExport, findLeakedValues } from './exportedDocument';
import { launchChromium, SCREENSHOTS } from './launchChromium';
import { readBasePort } from '../e2e/readBasePort';

const BASE_PORT = readBasePort('CONSOLE_E2E_BASE_PORT', 15100, 6);
const PURPOSE = 'INTELLIGENCE_DEVELOPMENT';
const JUSTIFICATION = 'Subject profile for the regional tasking meeting';

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

/** What the API gives a persona for a query (the ground truth the page must match). */
async function askAs(persona: string, query: string) {
  const token = await system.token(persona);
  return postGraphQL(system.gatewayUrl, query, {
    token,
    purpose: PURPOSE,
    justification: JUSTIFICATION,
  });
}

/** A persona's answer to the Subject Profile query the page itself sends. */
async function profileAs(
  persona: string,
  nominalId: string,
): Promise<GatewayResult> {
  const token = await system.token(persona);
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      [PURPOSE_HEADER]: PURPOSE,
      [JUSTIFICATION_HEADER]: JUSTIFICATION,
    },
    body: JSON.stringify({
      query: SUBJECT_PROFILE_QUERY,
      variables: { id: nominalId },
    }),
  });
  return (await response.json()) as GatewayResult;
}

/** `owner/category` pairs the API reports as held or withheld for the profile. */
async function disclosedAs(
  persona: string,
  nominalId: string,
  kind: 'held' | 'withheld',
): Promise<string[]> {
  const { extensions } = await profileAs(persona, nominalId);
  const disclosure = extensions?.disclosure as
    | {
        nominals: {
          nominalId: string | null;
          agencies: Record<string, string[] | string>[];
        }[];
      }
    | undefined;
  const agencies =
    disclosure?.nominals.find((each) => each.nominalId === nominalId)
      ?.agencies ?? [];
  return agencies
    .flatMap((agency) =>
      (agency[kind] as string[]).map(
        (category) => `${String(agency.owner)}/${category}`,
      ),
    )
    .sort();
}

/**
 * Values of a nominal that callers between them may see (every owner's
 * record, seed 000 E565) but this persona's own answer does not hold.
 */
async function hiddenFrom(persona: string, nominalId: string) {
  const truths = await Promise.all(
    ['police-analyst', 'prison-intel', 'nca-officer', 'hmrc-investigator'].map(
      (each) => profileAs(each, nominalId),
    ),
  );
  const caller = callerOf(persona);
  return findHiddenValues(truths, await profileAs(persona, nominalId), [
    caller.name,
    caller.unit,
    JUSTIFICATION,
    nominalId,
  ]);
}

/** `owner/category` pairs of the cards the page shows. */
async function cardsOnPage(page: Page, testId: string): Promise<string[]> {
  const cards = page.locator(`[data-testid=${testId}]`);
  const pairs: string[] = [];
  for (let index = 0; index < (await cards.count()); index += 1) {
    const card = cards.nth(index);
    pairs.push(
      `${await card.getAttribute('data-owner')}/${await card.getAttribute('data-category')}`,
    );
  }
  return pairs.sort();
}

function expectOnlyGatewayRequests(requests: string[]): void {
  expect(requests.length).toBeGreaterThan(0);
  for (const url of requests) {
    if (url.startsWith('blob:')) continue;
    expect(new URL(url).origin).toBe(origin);
  }
}

describe('the analysts console in chromium', () => {
  it('lets a police analyst search, read NOM-00001 with its markings and held cards, open the network and export', async () => {
    const { page, requests, problems } = await openConsole(browser, origin);
    await page.screenshot({ path: join(SCREENSHOTS, 'sign-in.png') });
    await signIn(page, 'police-analyst');
    await searchAndOpen(
      page,
      'Florian Mudlak',
      'NOM-00001',
      join(SCREENSHOTS, 'search.png'),
    );
    await page.waitForSelector('[data-testid=section-POLICE]');

    // The analyst is shown a SECRET intelligence report, so the page is SECRET.
    const api = await askAs(
      'police-analyst',
      '{ nominal(id: "NOM-00001") { police { intelligenceReports { classification handlingCode } } } }',
    );
    const reports = (
      api.body.data as {
        nominal: {
          police: { intelligenceReports: { classification: string }[] };
        };
      }
    ).nominal.police.intelligenceReports;
    expect(reports.some((report) => report.classification === 'SECRET')).toBe(
      true,
    );
    expect(await bannerTexts(page)).toEqual(['SECRET', 'SECRET']);

    for (const owner of ['MARSOC', 'POLICE', 'HMPPS', 'NCA', 'HMRC']) {
      const section = await page.textContent(`[data-testid=section-${owner}]`);
      expect(section).toContain(`Owner: ${owner}`);
    }
    expect(
      await page.locator('[data-testid=intelligence-report]').count(),
    ).toBe(reports.length);
    expect(await page.locator('[data-testid=handling-code]').count()).toBe(
      reports.length,
    );
    // A card for exactly what the API says is held: HMRC's and the NCA's records.
    const heldByApi = await disclosedAs('police-analyst', 'NOM-00001', 'held');
    expect(heldByApi).toEqual(
      expect.arrayContaining(['HMRC/TAX', 'NCA/NCA_INTEREST']),
    );
    expect(await cardsOnPage(page, 'held-card')).toEqual(heldByApi);
    const held = await page
      .locator('[data-testid=held-card]')
      .allTextContents();
    expect(held.every((text) => text.includes('How to ask:'))).toBe(true);
    // Each held card offers a request to its owner (disclosureRequests.e2e.test.ts follows one).
    expect(
      await page
        .locator('[data-testid=held-card] [data-testid=request-disclosure]')
        .count(),
    ).toBe(heldByApi.length);
    await page.screenshot({
      path: join(SCREENSHOTS, 'profile-police-analyst.png'),
      fullPage: true,
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'readme-profile.png') });

    // Export: the page fetches each file with the same headers and downloads
    // it; read back, it carries the page's banner on every page (PDF) or in
    // its header and footer (Word), an annex naming each category held back,
    // and no value another caller could see but this analyst was not shown.
    const heldBack = [
      ...heldByApi,
      ...(await disclosedAs('police-analyst', 'NOM-00001', 'withheld')),
    ].map((pair) => pair.split('/')[1] ?? '');
    const hidden = await hiddenFrom('police-analyst', 'NOM-00001');
    expect(hidden.length).toBeGreaterThan(0);
    for (const format of ['pdf', 'docx'] as const) {
      const exported = await downloadExport(page, format, SCREENSHOTS);
      expect(exported.fileName).toBe(`subject-profile-NOM-00001.${format}`);
      expect(new Set(exported.banners)).toEqual(new Set(['SECRET']));
      const annex = exported.text.slice(
        exported.text.indexOf('Disclosure annex'),
      );
      expect(annex).not.toBe(exported.text.slice(-1));
      for (const category of heldBack) expect(annex).toContain(category);
      expect(exported.text).toContain(JUSTIFICATION);
      expect(findLeakedValues(exported, hidden)).toEqual([]);
      process.stdout.write(
        `${exported.fileName}: ${exported.banners.length} banners, ${heldBack.length} categories in the annex, ${hidden.length} hidden values absent\n`,
      );
    }

    await page.click('[data-testid=open-network]');
    await page.waitForSelector('[data-testid=network][data-nodes]');
    expect(
      Number(await page.getAttribute('[data-testid=network]', 'data-nodes')),
    ).toBeGreaterThan(1);
    expect(
      Number(await page.getAttribute('[data-testid=network]', 'data-edges')),
    ).toBeGreaterThan(0);
    const kinds = await page
      .locator('[data-testid=link-kinds] li')
      .allTextContents();
    expect(kinds.map((kind) => kind.trim())).toEqual([
      'OCG co-member',
      'Intelligence co-mention',
      'Prison visit',
      'Phone contact',
    ]);
    await page.screenshot({
      path: join(SCREENSHOTS, 'network.png'),
      fullPage: true,
    });

    expectOnlyGatewayRequests(requests);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps an NCA covert interest (NOM-00002 always has one) out of the DOM for callers outside the NCA', async () => {
    const nca = await askAs(
      'nca-officer',
      '{ nominal(id: "NOM-00002") { nca { covertInterest { operationName owningCommand } } } }',
    );
    const covert = (
      nca.body.data as {
        nominal: {
          nca: {
            covertInterest: {
              operationName: string;
              owningCommand: string;
            } | null;
          };
        };
      }
    ).nominal.nca.covertInterest;
    expect(covert?.operationName).toBeTruthy();
    for (const persona of ['police-analyst', 'dwp-officer', 'prison-intel']) {
      const { page } = await openConsole(browser, origin);
      await signIn(page, persona);
      await openProfile(page, 'NOM-00002');
      await page.waitForSelector(
        '[data-testid=profile] section, [data-testid=errors]',
      );
      const html = await page.content();
      expect(html).not.toContain(covert?.operationName);
      // Neither the value nor the field or category that would hold it.
      expect(html).not.toContain('Covert interest');
      expect(html).not.toContain('NCA covert interest');
      await page.context().close();
    }
  });

  it('shows a DWP officer identity only, with each withheld category and its reason in words', async () => {
    const { page, requests, problems } = await openConsole(browser, origin);
    await signIn(page, 'dwp-officer');
    await openProfile(page, 'NOM-00001');
    await page.waitForSelector('[data-testid=section-POLICE]');
    const withheldByApi = await disclosedAs(
      'dwp-officer',
      'NOM-00001',
      'withheld',
    );
    expect(withheldByApi).toEqual(
      expect.arrayContaining(['HMRC/TAX', 'NCA/NCA_INTEREST']),
    );
    expect(await cardsOnPage(page, 'withheld-note')).toEqual(withheldByApi);
    const withheld = await page
      .locator('[data-testid=withheld-note]')
      .allTextContents();
    expect(withheld.join(' ')).toContain(
      'from HM Revenue and Customs (HMRC) is not released to you',
    );
    // Each reason in words, never a bare code.
    expect(withheld.join(' ')).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
    expect(
      await page.locator('[data-testid=intelligence-report]').count(),
    ).toBe(0);
    expect(await page.content()).not.toContain('Toffee');
    expect(await bannerTexts(page)).toEqual([
      'OFFICIAL-SENSITIVE',
      'OFFICIAL-SENSITIVE',
    ]);
    await page.screenshot({
      path: join(SCREENSHOTS, 'profile-dwp-officer.png'),
      fullPage: true,
    });
    expectOnlyGatewayRequests(requests);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  // BPSS reaches plain OFFICIAL police material and nothing with the SENSITIVE
  // caveat (issue 16 point 5): the police identity of NOM-00001, marked
  // OFFICIAL, and the rest withheld for the vetting, in words.
  it('shows a baseline-vetted officer the plain OFFICIAL police record, marked OFFICIAL, and why the rest is withheld', async () => {
    const { page, requests, problems } = await openConsole(browser, origin);
    await signIn(page, 'low-clearance');
    await openProfile(page, 'NOM-00001');
    await page.waitForSelector('[data-testid=section-POLICE]');
    const police =
      (await page.textContent('[data-testid=section-POLICE]')) ?? '';
    expect(police).toContain('Mudlark');
    const withheldByApi = await disclosedAs(
      'low-clearance',
      'NOM-00001',
      'withheld',
    );
    expect(withheldByApi.length).toBeGreaterThan(0);
    expect(await cardsOnPage(page, 'withheld-note')).toEqual(withheldByApi);
    const withheld = await page
      .locator('[data-testid=withheld-note]')
      .allTextContents();
    // The reason in words, never a bare code.
    expect(withheld.join(' ')).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
    // Convictions are shown, their caveated fields withheld: the note says so.
    expect(police).toContain('Convictions');
    expect(withheld.join(' ')).toContain(
      'Part of Convictions from Police (POLICE) is not released to you',
    );
    expect(
      await page.locator('[data-testid=intelligence-report]').count(),
    ).toBe(0);
    expect(await bannerTexts(page)).toEqual(['OFFICIAL', 'OFFICIAL']);
    await page.screenshot({
      path: join(SCREENSHOTS, 'profile-low-clearance.png'),
      fullPage: true,
    });
    expectOnlyGatewayRequests(requests);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('gives a regional lead the cohort, its change feed and the performance charts', async () => {
    const { page, requests, problems } = await openConsole(browser, origin);
    await signIn(
      page,
      'regional-lead',
      'COHORT_MANAGEMENT',
      'Preparing the monthly cohort review',
    );
    await page.click('[data-testid=nav-cohort]');
    await page.waitForSelector('[data-testid=cohort-table] tbody tr');
    await page.waitForSelector('[data-testid=change-feed]');
    expect(
      await page.locator('[data-testid=cohort-table] tbody tr').count(),
    ).toBeGreaterThan(0);
    await page.screenshot({
      path: join(SCREENSHOTS, 'cohort.png'),
      fullPage: true,
    });

    await page.click('[data-testid=change-purpose]');
    await declarePurpose(
      page,
      'PERFORMANCE_REPORTING',
      'Quarterly performance return to the board',
    );
    expect(await page.textContent('[data-testid=declared-purpose]')).toContain(
      'Performance reporting',
    );
    await page.click('[data-testid=nav-performance]');
    await page.waitForSelector('[data-testid=assessment-chart] rect');
    expect(
      await page.locator('[data-testid=funnel-chart]').count(),
    ).toBeGreaterThan(0);
    expect(
      await page.locator('[data-testid=fourp-chart] rect').count(),
    ).toBeGreaterThan(0);
    await page.screenshot({
      path: join(SCREENSHOTS, 'performance.png'),
      fullPage: true,
    });
    expectOnlyGatewayRequests(requests);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('gives an auditor who accessed NOM-00001, grouped by request', async () => {
    const { page } = await openConsole(browser, origin);
    await signIn(
      page,
      'auditor',
      'AUDIT',
      'Routine assurance of consultations',
    );
    await page.click('[data-testid=nav-audit]');
    await page.click('form.inline button[type=submit]');
    await page.waitForSelector('[data-testid=audit-request]');
    const entries = await page
      .locator('[data-testid=audit-request]')
      .allTextContents();
    expect(entries.some((text) => text.includes('Ada Madeup'))).toBe(true);
    await page.screenshot({
      path: join(SCREENSHOTS, 'audit.png'),
      fullPage: true,
    });
    await page.context().close();
  });

  it('gives an HMRC disclosure officer their agency grants for a nominal', async () => {
    const { page } = await openConsole(browser, origin);
    await signIn(page, 'hmrc-disclosure-officer');
    await page.click('[data-testid=nav-grants]');
    await page.click('form.inline button[type=submit]');
    await page.waitForSelector('[data-testid=grants], [data-testid=errors]');
    expect(await page.locator('[data-testid=errors]').count()).toBe(0);
    await page.screenshot({
      path: join(SCREENSHOTS, 'grants.png'),
      fullPage: true,
    });
    await page.context().close();
  });
});
