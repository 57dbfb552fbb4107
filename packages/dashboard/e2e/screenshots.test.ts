import path from 'node:path';
import fs from 'node:fs/promises';
import { describe, it } from 'vitest';
import { openSession, useBrowser } from './support/browser';
import { dashboardDir } from './support/server';
import { waitForList } from './support/wait';

/**
 * Not a check: pictures of the main pages for people to look at (`pnpm screenshots`), saved in
 * /screenshots at the repository root (git-ignored). Skipped in the normal test run.
 */
const outDir = path.resolve(dashboardDir, '../../screenshots');
const browser = useBrowser();

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

describe.runIf(process.env.SCREENSHOTS)('screenshots', () => {
  for (const [locale, sizes] of [
    ['zh-CN', SIZES],
    ['en', SIZES.slice(0, 1)],
  ] as const) {
    for (const viewport of sizes) {
      it(`${locale} ${viewport.width}×${viewport.height}`, async () => {
        await fs.mkdir(outDir, { recursive: true });
        const name = (page: string) => path.join(outDir, `${page}-${viewport.width}x${viewport.height}-${locale}.png`);

        const visitor = await openSession(browser(), null, { locale, viewport });
        await visitor.page.goto('/sign-in');
        await visitor.page.locator('[data-test=demo-hint]').waitFor();
        await visitor.page.screenshot({ path: name('sign-in') });
        await visitor.close();

        const { page, gql, close } = await openSession(browser(), 'leader', { locale, viewport });
        await page.goto('/');
        await page.locator('[data-test=breakdown] tbody tr').first().waitFor();
        await page.waitForTimeout(500);
        await page.screenshot({ path: name('overview') });

        await page.goto('/villages');
        await waitForList(page);
        // The loading mask fades out after the rows arrive.
        await page.locator('[data-test=village-table] .el-loading-mask').waitFor({ state: 'detached' });
        await page.screenshot({ path: name('villages') });

        const { villages } = await gql<{ villages: { nodes: Array<{ id: string }> } }>(
          '{ villages(first: 1, filter: { category: B }, orderBy: { field: POPULATION, direction: DESC }) { nodes { id } } }',
        );
        await page.goto(`/villages/${villages.nodes[0].id}`);
        await page.locator('[data-test=village-charts] canvas').first().waitFor();
        await page.waitForTimeout(500);
        await page.screenshot({ path: name('village') });

        await page.goto('/query');
        await page.frameLocator('[data-test=explorer-frame]').locator('body').waitFor();
        await page.waitForTimeout(1500);
        await page.screenshot({ path: name('explorer') });
        await close();
      });
    }
  }
});
