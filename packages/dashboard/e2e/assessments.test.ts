import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * The assessment pages in a real browser, as a leader: the league table with vetoed villages at
 * 不合格, a score card that explains every point, and the boards behind the tabs. Runs under the
 * e2e harness (global-setup provides the server's address and the shared browser).
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
  context = await browser.newContext({ baseURL: inject('baseURL'), viewport: { width: 1366, height: 768 } });
  await context.addInitScript(() => localStorage.setItem('township.locale', 'zh-CN'));
  const response = await context.request.post('/graphql', {
    data: { query: 'mutation { login(username: "leader", password: "demo") { id } }' },
  });
  expect(response.ok()).toBe(true);
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
});
afterAll(async () => {
  expect(errors).toEqual([]);
  await context?.close();
  await browser?.close();
});

const leagueRows = () => page.locator('[data-test=league-table] .el-table__body tbody tr');

describe('assessment (leader, whole county)', () => {
  it('shows the league table of the latest quarter, ranked, 20 to a page', async () => {
    await page.goto('/assessments');
    await page.locator('[data-test=league-village]').first().waitFor();
    await expect.poll(() => leagueRows().count()).toBe(20);
    expect(await page.locator('[data-test=league-total]').innerText()).toMatch(/共 \d+ 个村/);
    const ranks = (await leagueRows().locator('td:nth-child(1)').allInnerTexts()).map(Number);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('puts vetoed villages at 不合格 with the reason, at the bottom', async () => {
    await page.locator('[data-test=league-vetoed]').click();
    await page.locator('[data-test=veto-badge]').first().waitFor();
    const grades = await leagueRows().locator('[data-test=grade]').allInnerTexts();
    expect(grades.length).toBeGreaterThan(0);
    expect(new Set(grades)).toEqual(new Set(['不合格']));
  });

  it('opens a vetoed village’s score card, which explains every point', async () => {
    await page.locator('[data-test=league-village]').first().click();
    await page.locator('[data-test=score-card-items]').waitFor();
    expect(await page.locator('[data-test=score-card-veto]').innerText()).toContain('一票否决');
    const explanations = await page.locator('[data-test=score-card-items] .el-table__body tbody tr td:last-child').allInnerTexts();
    expect(explanations.length).toBeGreaterThanOrEqual(10);
    for (const text of explanations) expect(text).toMatch(/。$/);
    expect(await page.locator('[data-test=score-card-explanation]').innerText()).toContain('被一票否决，定为不合格');
  });

  it('shows the township ranking, the spot checks, the lagging list and the rewards', async () => {
    await page.goto('/assessments');
    await page.locator('[data-test=league-village]').first().waitFor();
    for (const [tab, table] of [
      ['townships', 'township-ranking'],
      ['spot', 'spot-checks'],
      ['lagging', 'lagging'],
      ['rewards', 'rewards'],
    ]) {
      await page.click(`#tab-${tab}`);
      await page.locator(`[data-test=${table}] .el-table__body tbody tr`).first().waitFor();
    }
    expect(await page.locator('[data-test=rewards]').innerText()).toContain('逾期未兑现');
  });
});

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    browserWsEndpoint: string;
  }
}
