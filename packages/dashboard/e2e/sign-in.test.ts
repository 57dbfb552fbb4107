import { describe, expect, it } from 'vitest';
import { openSession, useBrowser } from './support/browser';
import { waitForText } from './support/wait';

const browser = useBrowser();

describe('signing in', () => {
  it('shows the error for a wrong password and stays on the sign-in page', async () => {
    const { page, errors, close } = await openSession(browser(), null);
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await page.fill('input[name=username]', 'leader');
    await page.fill('input[name=password]', 'not-the-password');
    await page.click('button[type=submit]');
    await waitForText(page.locator('[data-test=sign-in-error]'), '用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(errors).toEqual([]);
    await close();
  });

  it("says how long to wait when sign-in from here is paused, in the viewer's language", async () => {
    const { page, context, errors, close } = await openSession(browser(), null);
    // A made-up name, so no other test's user is slowed: five wrong passwords through the API…
    const wrong = { query: 'mutation { login(username: "e2e-stranger", password: "wrong") { id } }' };
    for (let i = 0; i < 5; i++) await context.request.post('/graphql', { data: wrong });
    await page.goto('/sign-in');
    await page.fill('input[name=username]', 'e2e-stranger');
    await page.fill('input[name=password]', 'wrong');
    // …then the form, until the back-off holds: each failure doubles the wait, so on the slowest
    // machine it takes a second try at most.
    let status = 0;
    for (let attempt = 0; attempt < 5 && status !== 429; attempt++) {
      const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/graphql')), page.click('button[type=submit]')]);
      status = response.status();
    }
    expect(status).toBe(429);
    await waitForText(page.locator('[data-test=sign-in-error]'), /登录失败次数过多.*请\d+秒后再试/);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(errors).toEqual([]);
    await close();
  });

  it('signs the leader in, returns to the page asked for, and signs out', async () => {
    const { page, errors, close } = await openSession(browser(), null);
    await page.goto('/villages?category=A');
    await page.waitForURL(/\/sign-in\?redirect=/);
    // The demo hint fills the form.
    await page.locator('[data-test=demo-hint] button', { hasText: 'leader' }).click();
    await page.click('button[type=submit]');
    await page.waitForURL(/\/villages\?category=A$/);
    await waitForText(page.locator('[data-test=viewer-name]'), '演示');
    await page.click('[data-test=sign-out]');
    await page.waitForURL('**/sign-in');
    // Signed out for real: the guard sends us back.
    await page.goto('/villages');
    await page.waitForURL(/\/sign-in/);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the leader the county overview: indicator tiles and the townships compared', async () => {
    const { page, errors, gql, close } = await openSession(browser(), 'leader');
    const { townships } = await gql<{ townships: unknown[] }>('{ townships { id } }');
    await page.goto('/');
    const tiles = page.locator('[data-test=overview-tiles] [data-test=indicator-tile]');
    await tiles.first().waitFor();
    expect(await tiles.count()).toBe(7);
    await page.locator('[data-test=scope-summary]').waitFor();
    const sexRatio = await page.locator('[data-indicator=SEX_RATIO_AT_BIRTH] [data-test=indicator-value]').textContent();
    expect(sexRatio).toMatch(/^\d+\.\d$/);
    // Every tile has its trend line (a canvas), and the breakdown has one row per township.
    await page.locator('[data-test=indicator-tile] canvas').first().waitFor();
    expect(await page.locator('[data-test=indicator-tile] canvas').count()).toBe(7);
    await page.locator('[data-test=breakdown] tbody tr').first().waitFor();
    expect(await page.locator('[data-test=breakdown] tbody tr').count()).toBe(townships.length);
    expect(errors).toEqual([]);
    await close();
  });

  it('switches to English and remembers it', async () => {
    const { page, close } = await openSession(browser(), 'leader');
    await page.goto('/');
    await page.locator('[data-test=language-switch]').getByText('EN').click();
    await waitForText(page.locator('[data-test=nav-villages]'), 'Villages');
    await page.reload();
    await waitForText(page.locator('[data-test=nav-villages]'), 'Villages');
    await waitForText(page.locator('[data-indicator=SEX_RATIO_AT_BIRTH]'), 'Sex ratio at birth');
    await close();
  });
});
