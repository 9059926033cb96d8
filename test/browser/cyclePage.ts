import { type Page } from 'playwright-core';

/** The Cycle screen's steps as a person takes them (console/src/cycle). */

export function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A standing member as the schedule form's row takes them. */
export interface MemberRow {
  sub: string;
  name: string;
  agency: string;
  unit: string;
  vetting: string;
}

/** Opens the Cycle screen on one part, with the cycle set. */
export async function openCyclePart(
  page: Page,
  part: 'meetings' | 'nominations' | 'transfers' | 'disruptions',
  cycle: number,
): Promise<void> {
  await page.click('[data-testid=nav-cycle]');
  await page.fill(
    '[data-testid=region-cycle] input[name=cycle]',
    String(cycle),
  );
  await page.click(`[data-testid=cycle-${part}]`);
  await page.waitForSelector(`[data-testid=${part}]`);
}

/** Fills and sends the schedule form; resolves once the new meeting is open. */
export async function scheduleMeeting(
  page: Page,
  kind: 'PSF' | 'TPM',
  members: readonly MemberRow[],
): Promise<void> {
  const form = page.locator('[data-testid=schedule-meeting]');
  await form.locator('select[name=kind]').selectOption(kind);
  await form.locator('input[name=date]').fill(daysAhead(7));
  for (const [index, member] of members.entries()) {
    if (index > 0) await form.locator('[data-testid=add-member]').click();
    const row = form.locator('[data-testid=member-row]').nth(index);
    await row.locator('input[name=member-sub]').fill(member.sub);
    await row.locator('input[name=member-name]').fill(member.name);
    await row.locator('input[name=member-unit]').fill(member.unit);
    await row.locator('select[name=member-agency]').selectOption(member.agency);
    await row
      .locator('select[name=member-vetting]')
      .selectOption(member.vetting);
  }
  await form.locator('button[type=submit]').click();
  await page
    .locator('[data-testid=meeting-title]', { hasText: kind })
    .waitFor();
}

/** The chair records each member's attendance; resolves once the page shows the last. */
export async function recordAttendance(
  page: Page,
  attendance: Readonly<Record<string, string>>,
): Promise<void> {
  const form = page.locator('[data-testid=attendance-form]');
  for (const [sub, value] of Object.entries(attendance))
    await form.locator(`select[name="attendance-${sub}"]`).selectOption(value);
  await form.locator('button[type=submit]').click();
  const [lastSub, lastValue] = Object.entries(attendance).at(-1) ?? [];
  await page
    .locator(`[data-testid=meeting-members] tr[data-sub="${lastSub}"] td`, {
      hasText: lastValue === 'PRESENT' ? 'Present' : 'Apologies',
    })
    .waitFor();
}

/** A member adds a nominal's item to the open meeting's agenda. */
export async function addAgendaItem(
  page: Page,
  kind: string,
  nominalId: string,
): Promise<void> {
  const form = page.locator('[data-testid=agenda-form]');
  await form.locator('select[name=kind]').selectOption(kind);
  await form.locator('input[name=nominalId]').fill(nominalId);
  await form.locator('input[name=title]').fill(`${kind} ${nominalId}`);
  await form.locator('button[type=submit]').click();
  await page
    .locator('[data-testid=agenda] li', { hasText: nominalId })
    .waitFor();
}

/** Opens a nomination on the Nominations part and waits for where it stands. */
export async function showNomination(
  page: Page,
  nominalId: string,
  status: string,
): Promise<void> {
  const lookup = page.locator('[data-testid=nominations] form.inline');
  await lookup.locator('input[name=nominalId]').fill(nominalId);
  await lookup.locator('button[type=submit]').click();
  await waitShowing(
    page,
    `[data-testid=membership][data-nominal=${nominalId}][data-status=${status}]`,
  );
}

/**
 * Waits for `selector` on the page; if it never comes, fails with what the
 * page's refusals say, which is what a person would read there.
 */
export async function waitShowing(
  page: Page,
  selector: string,
  hasText?: string,
): Promise<void> {
  try {
    await page
      .locator(selector, hasText ? { hasText } : {})
      .first()
      .waitFor();
  } catch (error) {
    const refusals = await page
      .locator('[data-testid=errors]')
      .allTextContents();
    throw new Error(
      `${selector} never showed; the page's refusals: ${JSON.stringify(refusals)}\n${String(error)}`,
    );
  }
}
