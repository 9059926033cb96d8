/**
 * The Performance Framework's indicators in the console (issue 13 point 6),
 * in a real browser against the real system: a regional lead reporting on
 * performance sees a chart drawn from the gateway's own answer, and it
 * changes with the picker of indicator and grouping.
 */
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { readBasePort } from '../e2e/readBasePort';
import { openConsole, signIn } from './consolePage';
import { SCREENSHOTS } from './launchChromium';
import { useBrowserAndSystem } from './useBrowserAndSystem';

const BASE_PORT = readBasePort('PERFORMANCE_E2E_BASE_PORT', 17500, 6);
const PURPOSE = 'PERFORMANCE_REPORTING';
const JUSTIFICATION = 'Quarterly performance return to the board';
const CHART = '[data-testid=indicator-chart]';

const started = useBrowserAndSystem(BASE_PORT);

/** The values the API gives the regional lead for an indicator, in row order. */
async function valuesFromApi(name: string, by: string): Promise<number[]> {
  const response = await fetch(started.system.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await started.system.token('regional-lead')}`,
      [PURPOSE_HEADER]: PURPOSE,
      [JUSTIFICATION_HEADER]: JUSTIFICATION,
    },
    body: JSON.stringify({
      query: `{ performance { indicator(name: ${name}, by: [${by}]) { value } } }`,
    }),
  });
  const answer = (await response.json()) as {
    data: { performance: { indicator: { value: number }[] } };
  };
  return answer.data.performance.indicator.map((row) => row.value);
}

/** The chart once its caption reads `title`: each bar's label and value. */
async function readChart(page: Page, title: string) {
  await page
    .locator(`${CHART} figcaption`, { hasText: title })
    .waitFor({ state: 'visible' });
  const bars = await page
    .locator(`${CHART} g`)
    .evaluateAll((groups) =>
      groups.map((group) =>
        [...group.querySelectorAll('text')].map((text) => text.textContent),
      ),
    );
  return {
    labels: bars.map(([label]) => label),
    values: bars.map(([, value]) => Number(value)),
  };
}

describe('the Performance screen charts the framework indicators', () => {
  it('draws the chart from the gateway’s answer and redraws it when the indicator or grouping changes', async () => {
    const { page, requests, problems } = await openConsole(
      started.browser,
      started.origin,
    );
    await signIn(page, 'regional-lead', PURPOSE, JUSTIFICATION);
    await page.click('[data-testid=nav-performance]');

    const made = await readChart(
      page,
      '1.1 Number of nominations made (by agency), by region',
    );
    expect(made.values).toEqual(
      await valuesFromApi('NOMINATIONS_MADE', 'REGION'),
    );
    expect(made.values.reduce((sum, value) => sum + value, 0)).toBe(129);
    expect(made.labels).toContain('North west');

    await page.selectOption(
      '[data-testid=indicator-picker] select[name=indicator]',
      'COHORT_SIZE',
    );
    await page.selectOption(
      '[data-testid=indicator-picker] select[name=grouping]',
      'CYCLE',
    );
    const cohort = await readChart(page, '3.1 Cohort size, by cycle');
    expect(cohort.labels).toEqual(
      [1, 2, 3, 4, 5, 6].map((cycle) => `Cycle ${cycle}`),
    );
    expect(cohort.values).toEqual([29, 43, 45, 44, 43, 42]);
    expect(cohort.values).toEqual(await valuesFromApi('COHORT_SIZE', 'CYCLE'));
    await page.screenshot({
      path: join(SCREENSHOTS, 'performance-indicators.png'),
      fullPage: true,
    });

    // Disruptions carry dates, not cycles: the picker falls back to a grouping they have.
    await page.selectOption(
      '[data-testid=indicator-picker] select[name=indicator]',
      'DISRUPTIONS',
    );
    const disruptions = await readChart(
      page,
      'T2 Number of disruptions (by agency), by region',
    );
    expect(disruptions.values).toEqual(
      await valuesFromApi('DISRUPTIONS', 'REGION'),
    );
    expect(
      await page
        .locator('[data-testid=indicator-picker] select[name=grouping] option')
        .evaluateAll((options) =>
          options.map((option) => (option as HTMLOptionElement).value),
        ),
    ).toEqual(['REGION', 'AGENCY', 'TOTAL']);

    await page.selectOption(
      '[data-testid=indicator-picker] select[name=indicator]',
      'NOMINALS_WITHOUT_SRO',
    );
    await page.selectOption(
      '[data-testid=indicator-picker] select[name=grouping]',
      'TOTAL',
    );
    const withoutSro = await readChart(
      page,
      '3.2 Number of nominals without an assigned SRO',
    );
    expect(withoutSro).toEqual({ labels: ['All (of 42)'], values: [2] });

    expect(requests.every((url) => url.startsWith(started.origin))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
