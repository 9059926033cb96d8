/**
 * The MARSOC cycle run through the console (issue 13's done-when), in a real
 * browser against the real system, as the people who run it: a police
 * analyst nominates (one in an emergency) and records a disruption; the
 * North West's Regional Lead schedules and chairs a PSF whose decision is
 * refused without quorum and recorded with it, downloads their forum pack,
 * assigns a TPM action to HMPPS, moderates the disruption, decides the
 * emergency nomination and asks Yorkshire to take a nominal; HMPPS's
 * officer moves the action on; Yorkshire's lead accepts the transfer. After
 * each step the page shows it and the gateway agrees.
 */
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { readBasePort } from '../e2e/readBasePort';
import { postGraphQL } from '../e2e/startSystem';
import { openConsole, signIn } from './consolePage';
import {
  addAgendaItem,
  daysAhead,
  openCyclePart,
  recordAttendance,
  scheduleMeeting,
  showNomination,
  waitShowing,
} from './cyclePage';
import { SCREENSHOTS } from './launchChromium';
import { useBrowserAndSystem } from './useBrowserAndSystem';

const BASE_PORT = readBasePort('CONSOLE_CYCLE_E2E_BASE_PORT', 17800, 6);
const PURPOSE = 'COHORT_MANAGEMENT';
const JUSTIFICATION = 'Running the North West PSF and TPM of cycle 9';
const CYCLE = 9;
/** Nominals the seeded population never nominated (as test/cycle uses NOM-00320 on). */
const NOMINATED = 'NOM-00360';
const EMERGENCY = 'NOM-00361';
const DISRUPTED = 'NOM-00001';

const POLICE = {
  sub: 'dev-0001-police-analyst',
  name: 'Ada Madeup',
  agency: 'POLICE',
  unit: 'NWROCU',
  vetting: 'NPPV3',
};
const HMPPS = {
  sub: 'dev-0002-prison-intel',
  name: 'Morgan Notreal',
  agency: 'HMPPS',
  unit: 'HMP Altcourse Security Department',
  vetting: 'NPPV3',
};
/** An SRO as the hub's roster holds them (seed 000 E793: SC). */
const SRO = {
  sub: 'generated-police-sro',
  name: 'DCI Imaginary',
  agency: 'POLICE',
  unit: 'North West ROCU',
  vetting: 'SC',
};
const CHAIR = 'dev-0008-regional-lead';
/** Yorkshire's Regional Lead: the lead persona's claims with another hub's. */
const YORKSHIRE_CLAIMS = [
  ['sub', 'generated-yorkshire-lead'],
  ['name', 'Yorkshire Lead'],
  ['unit', 'MARSOC Yorkshire and the Humber Hub'],
  ['regions', '["YORKSHIRE_AND_HUMBER"]'],
].flatMap(([key, value]) => ['--claim', `${key}=${value}`]);

const started = useBrowserAndSystem(BASE_PORT);

/** The gateway's answer to `query` for a persona (or a token), for cohort management. */
async function ask(
  who: string | { token: string },
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const { body } = await postGraphQL(started.system.gatewayUrl, query, {
    token:
      typeof who === 'string' ? await started.system.token(who) : who.token,
    purpose: PURPOSE,
    justification: JUSTIFICATION,
    variables,
  });
  expect(body.errors).toBeUndefined();
  return (body.data ?? {}) as Record<string, unknown>;
}

const COHORT = `query ($id: ID!) { nominal(id: $id) { cohort {
  status region tpmActions { id status owningAgency assignment { ownerName } }
} } }`;
async function cohortOf(nominalId: string) {
  const data = await ask('regional-lead', COHORT, { id: nominalId });
  return (data.nominal as { cohort: Record<string, unknown> }).cohort;
}

/**
 * A persona's own console page, signed in for cohort management through the
 * persona picker; with `token`, the picker's token route answers that token
 * instead (another hub's lead, whom no persona is).
 */
async function signedIn(persona: string, token?: string): Promise<Page> {
  const { page, problems } = await openConsole(started.browser, started.origin);
  if (token)
    await page.route('**/console/development-token', (route) =>
      route.fulfill({ json: { token, expiresInSeconds: 3600 } }),
    );
  await signIn(page, persona, PURPOSE, JUSTIFICATION);
  pages.push({ page, problems });
  return page;
}
const pages: { page: Page; problems: string[] }[] = [];

async function submit(page: Page, form: string): Promise<void> {
  await page.click(`[data-testid=${form}] button[type=submit]`);
}

describe('the MARSOC cycle through the console', () => {
  afterAll(async () => {
    for (const { page } of pages) await page.context().close();
  });

  it('runs a PSF by quorum, a TPM action, a disruption, an emergency nomination and a transfer as the people who do them', async () => {
    const startedAt = Date.now();
    const analyst = await signedIn('police-analyst');
    await openCyclePart(analyst, 'nominations', CYCLE);
    for (const [nominalId, route] of [
      [NOMINATED, 'ORDINARY'],
      [EMERGENCY, 'EMERGENCY'],
    ] as const) {
      const form = analyst.locator('[data-testid=nomination-form]');
      await form.locator('input[name=nominalId]').fill(nominalId);
      await form.locator('select[name=route]').selectOption(route);
      await form.locator('input[value=HIGHEST_HARM]').check();
      await form.locator('input[value=CURRENT_SOC_ACTIVITY]').check();
      if (route === 'EMERGENCY')
        await form
          .locator('textarea[name=reason]')
          .fill('Disruption under way this week; cannot wait for the PSF');
      await submit(analyst, 'nomination-form');
      await waitShowing(
        analyst,
        `[data-testid=membership][data-nominal=${nominalId}][data-status=NOMINATED]`,
      );
      expect(await cohortOf(nominalId)).toMatchObject({
        status: 'NOMINATED',
        region: 'NORTH_WEST',
      });
    }

    await analyst.click('[data-testid=cycle-disruptions]');
    const record = analyst.locator('[data-testid=disruption-form]');
    await record.locator('input[name=nominalId]').fill(DISRUPTED);
    await record.locator('input[name=date]').fill(daysAhead(-3));
    await record
      .locator('textarea[name=description]')
      .fill('Warrant executed at a storage unit; cash and phones seized');
    await record.locator('input[name=arrests]').fill('2');
    await submit(analyst, 'disruption-form');
    const recorded = analyst
      .locator(`[data-testid=disruption-record][data-status=RECORDED]`, {
        hasText: DISRUPTED,
      })
      .first(); // newest first
    await recorded.waitFor();
    const recordId = await recorded.getAttribute('data-record');
    expect(recordId).toMatch(/^DR-\d+$/);

    // The chair's PSF: refused without HMPPS present, decided with it.
    const lead = await signedIn('regional-lead');
    await openCyclePart(lead, 'meetings', CYCLE);
    await scheduleMeeting(lead, 'PSF', [POLICE, HMPPS, SRO]);
    await addAgendaItem(lead, 'NEW_NOMINATION', NOMINATED);
    await recordAttendance(lead, {
      [CHAIR]: 'PRESENT',
      [POLICE.sub]: 'PRESENT',
      [SRO.sub]: 'PRESENT',
      [HMPPS.sub]: 'APOLOGIES',
    });
    const decide = async () => {
      const form = lead.locator('[data-testid=forum-decision-form]');
      await form.locator('select[name=nominalId]').selectOption(NOMINATED);
      await form
        .locator('select[name=seniorResponsibleOfficerSub]')
        .selectOption(SRO.sub);
      await form
        .locator('textarea[name=strategicObjectives]')
        .fill('Disrupt supply into HMP Madeupton');
      await submit(lead, 'forum-decision-form');
    };
    await decide();
    await waitShowing(
      lead,
      '[data-testid=forum-decision-form] [data-testid=errors]',
      'not quorate: no member of HMPPS',
    );
    expect(await cohortOf(NOMINATED)).toMatchObject({ status: 'NOMINATED' });

    await recordAttendance(lead, { [HMPPS.sub]: 'PRESENT' });
    await decide();
    await waitShowing(
      lead,
      `[data-testid=decisions] li[data-nominal=${NOMINATED}]`,
      'ACCEPT, with 4 members present',
    );
    expect(await cohortOf(NOMINATED)).toMatchObject({ status: 'SELECTED' });

    const download = lead.waitForEvent('download');
    await lead.click('[data-testid=pack-pdf]');
    expect((await download).suggestedFilename()).toMatch(
      /^forum-pack-MTG-\d+\.pdf$/,
    );
    await waitShowing(lead, '[data-testid=pack-status]', 'Downloaded');
    await lead.screenshot({
      path: join(SCREENSHOTS, 'cycle-psf.png'),
      fullPage: true,
    });

    // The TPM: an action for a named HMPPS owner.
    await lead.click('[data-testid=back-to-meetings]');
    await scheduleMeeting(lead, 'TPM', [POLICE, HMPPS, SRO]);
    const assign = lead.locator('[data-testid=tpm-assignment-form]');
    await assign.locator('input[name=nominalId]').fill(NOMINATED);
    await assign
      .locator('textarea[name=action]')
      .fill('Search the cell and the visits hall for handsets');
    await assign.locator('input[name=ownerName]').fill('Governor Notreal');
    await assign.locator('select[name=owningAgency]').selectOption('HMPPS');
    await assign.locator('input[name=dueDate]').fill(daysAhead(14));
    await submit(lead, 'tpm-assignment-form');
    await waitShowing(
      lead,
      '[data-testid=tpm-assigned]',
      'Governor Notreal (HMPPS)',
    );
    const [action] = (await cohortOf(NOMINATED)).tpmActions as {
      id: string;
      status: string;
      owningAgency: string;
      assignment: { ownerName: string };
    }[];
    expect(action).toMatchObject({
      status: 'OPEN',
      owningAgency: 'HMPPS',
      assignment: { ownerName: 'Governor Notreal' },
    });

    // The hub moderates the analyst's disruption.
    await lead.click('[data-testid=cycle-disruptions]');
    await waitShowing(lead, `[data-testid=decide-${recordId}]`);
    await submit(lead, `decide-${recordId}`);
    await lead
      .locator(`[data-testid=decide-${recordId}]`)
      .waitFor({ state: 'detached' });
    const moderated = await ask(
      'regional-lead',
      `query { disruptionRecords(region: "NORTH_WEST", status: MODERATED) { id } }`,
    );
    expect(moderated.disruptionRecords).toContainEqual({ id: recordId });

    // The chair accepts the emergency nomination between PSFs.
    await lead.click('[data-testid=cycle-nominations]');
    await showNomination(lead, EMERGENCY, 'NOMINATED');
    const emergency = lead.locator('[data-testid=emergency-decision-form]');
    await emergency
      .locator('textarea[name=reason]')
      .fill('Arrest phase this week needs the cohort’s partners');
    await emergency.locator('input[name=sroName]').fill(SRO.name);
    await emergency.locator('input[name=sroUnit]').fill(SRO.unit);
    await emergency
      .locator('textarea[name=strategicObjectives]')
      .fill('Disrupt the supply line before the arrests');
    await submit(lead, 'emergency-decision-form');
    await waitShowing(
      lead,
      `[data-testid=membership][data-nominal=${EMERGENCY}][data-status=SELECTED]`,
    );
    expect(await cohortOf(EMERGENCY)).toMatchObject({ status: 'SELECTED' });

    // The North West asks Yorkshire to take the emergency nominee.
    const transfer = lead.locator('[data-testid=transfer-request-form]');
    await transfer
      .locator('select[name=toRegion]')
      .selectOption('YORKSHIRE_AND_HUMBER');
    await transfer
      .locator('textarea[name=reason]')
      .fill('Released to an address in Leeds');
    await submit(lead, 'transfer-request-form');
    await waitShowing(lead, '[data-part=pendingTransfer]', 'PENDING');

    // HMPPS's officer moves the action their agency owns.
    const hmpps = await signedIn('prison-intel');
    await openCyclePart(hmpps, 'nominations', CYCLE);
    await showNomination(hmpps, NOMINATED, 'SELECTED');
    const update = hmpps.locator(`[data-testid=update-${action?.id}]`);
    await update.locator('select[name=status]').selectOption('IN_PROGRESS');
    await update
      .locator('textarea[name=note]')
      .fill('Searched on the 4th; one handset found');
    await submit(hmpps, `update-${action?.id}`);
    await waitShowing(
      hmpps,
      `[data-testid=tpm-actions] li[data-action="${action?.id}"][data-status=IN_PROGRESS]`,
    );
    expect((await cohortOf(NOMINATED)).tpmActions).toMatchObject([
      { id: action?.id, status: 'IN_PROGRESS' },
    ]);

    // DWP sits on forums without an agreement for the tactical plan (seed
    // 000 E526): it sees the selection, and the action log as withheld,
    // never as an empty one.
    const dwp = await signedIn('dwp-officer');
    await openCyclePart(dwp, 'nominations', CYCLE);
    await showNomination(dwp, NOMINATED, 'SELECTED');
    await waitShowing(
      dwp,
      '[data-testid=membership-actions] [data-withheld=true]',
    );
    expect(await dwp.locator('[data-testid=tpm-actions]').count()).toBe(0);
    const { body: dwpAnswer } = await postGraphQL(
      started.system.gatewayUrl,
      `query ($id: ID!) { nominal(id: $id) { cohort { status tpmActions { id } } } }`,
      {
        token: await started.system.token('dwp-officer'),
        purpose: PURPOSE,
        justification: JUSTIFICATION,
        variables: { id: NOMINATED },
      },
    );
    expect(dwpAnswer.data).toEqual({
      nominal: { cohort: { status: 'SELECTED', tpmActions: null } },
    });
    expect(dwpAnswer.errors?.map((error) => error.extensions?.code)).toContain(
      'WITHHELD',
    );

    // Yorkshire's lead accepts; only then is the nominal Yorkshire's.
    expect(await cohortOf(EMERGENCY)).toMatchObject({ region: 'NORTH_WEST' });
    const yorkshireToken = await started.system.token(
      'regional-lead',
      ...YORKSHIRE_CLAIMS,
    );
    const yorkshire = await signedIn('regional-lead', yorkshireToken);
    await openCyclePart(yorkshire, 'transfers', CYCLE);
    const pending = yorkshire.locator('[data-testid=pending-transfer]', {
      hasText: EMERGENCY,
    });
    await pending.waitFor();
    const transferId = await pending.getAttribute('data-transfer');
    await submit(yorkshire, `decide-${transferId}`);
    await waitShowing(
      yorkshire,
      '[data-testid=transfer-decided]',
      String(transferId),
    );
    const decided = await ask(
      { token: yorkshireToken },
      `query ($id: ID!) { cohortTransfer(id: $id) { status decidedBy } }`,
      { id: transferId },
    );
    expect(decided.cohortTransfer).toEqual({
      status: 'ACCEPTED',
      decidedBy: 'generated-yorkshire-lead',
    });
    expect(
      await ask({ token: yorkshireToken }, COHORT, { id: EMERGENCY }),
    ).toMatchObject({
      nominal: {
        cohort: { status: 'SELECTED', region: 'YORKSHIRE_AND_HUMBER' },
      },
    });

    for (const { problems } of pages) expect(problems).toEqual([]);
    process.stdout.write(
      `the cycle through the console took ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`,
    );
  });
});
