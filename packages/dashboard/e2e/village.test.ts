import { describe, expect, it } from 'vitest';
import { openSession, useBrowser } from './support/browser';
import { waitForList, waitForText } from './support/wait';

const browser = useBrowser();

interface VillageFacts {
  id: string;
  name: string;
  code: string;
  population: number | null;
}

describe('village page', () => {
  it('opens from the list with its profile, responsible people, charts and monthly reports', async () => {
    const { page, errors, gql, close } = await openSession(browser(), 'leader');
    await page.goto('/villages?sort=POPULATION&dir=DESC');
    await waitForList(page);
    const firstName = (await page.locator('[data-test=village-table] .el-table__body tbody tr td:nth-child(1) a').first().innerText()).trim();
    await page.locator('[data-test=village-table] .el-table__body tbody tr td:nth-child(1) a').first().click();
    await page.waitForURL(/\/villages\/[^/?]+$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const { village } = await gql<{ village: VillageFacts }>('query($id: ID!) { village(id: $id) { id name code population } }', { id });

    await waitForText(page.locator('[data-test=village-name]'), village.name);
    expect(village.name).toBe(firstName);
    expect(await page.locator('[data-test=village-code]').innerText()).toBe(village.code);
    expect(Number((await page.locator('[data-test=village-population]').innerText()).replace(/,/g, ''))).toBe(village.population);
    await page.locator('[data-test=village-cadres] tbody tr').first().waitFor();

    // One chart for births and deaths plus one per indicator, each drawn on a canvas.
    const charts = page.locator('[data-test=village-charts] figure');
    await page.locator('[data-test=village-charts] canvas').first().waitFor();
    expect(await charts.count()).toBe(8);
    expect(await page.locator('[data-test=village-charts] canvas').count()).toBeGreaterThanOrEqual(5);
    // 24 months of raw reports.
    expect(await page.locator('[data-test=village-statistics] .el-table__body tbody tr').count()).toBe(24);
    expect(errors).toEqual([]);
    await close();
  });

  it('never shows an analyst a cadre’s full phone number', async () => {
    const { page, gql, close } = await openSession(browser(), 'analyst');
    const { villages } = await gql<{ villages: { nodes: Array<{ id: string }> } }>('{ villages(first: 1) { nodes { id } } }');
    await page.goto(`/villages/${villages.nodes[0].id}`);
    await page.locator('[data-test=village-cadres] tbody tr').first().waitFor();
    // The API masks (150******28) or withholds (null, shown as 无权查看) numbers for this role.
    const text = await page.locator('[data-test=village-cadres]').innerText();
    expect(text).not.toMatch(/1\d{10}/);
    expect(text).toMatch(/\*{4}|无权查看/);
    await close();
  });
});
