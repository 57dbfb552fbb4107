import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSignedInSession, type Session } from './support/browser';
import { waitForList, waitForQuery, waitForText } from './support/wait';

let session: Session;
let page: Page;

useSignedInSession('leader', (opened) => {
  session = opened;
  page = opened.page;
});

const rows = () => page.locator('[data-test=village-table] .el-table__body tbody tr');
/** Waits until the rows on screen answer the URL's view, then reads one column. */
async function column(index: number, on: Page = page): Promise<string[]> {
  await waitForList(on);
  return on.locator('[data-test=village-table] .el-table__body tbody tr').locator(`td:nth-child(${index})`).allInnerTexts();
}
const NAME = 1;
const TOWNSHIP = 2;
const CATEGORY = 3;
const HEALTH_CHECK_RATE = 9;

async function total(): Promise<number> {
  const text = (await page.locator('[data-test=village-total]').innerText()).replace(/[^\d]/g, '');
  return Number(text);
}

describe('villages list (leader, whole county)', () => {
  let countyTotal = 0;

  it('lists the county’s villages 20 to a page with the total', async () => {
    const { villages } = await session.gql<{ villages: { totalCount: number } }>('{ villages(first: 1) { totalCount } }');
    countyTotal = villages.totalCount;
    await page.goto('/villages');
    await waitForText(page.locator('[data-test=village-total]'), String(countyTotal).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
    expect(await rows().count()).toBe(20);
    expect(await total()).toBe(countyTotal);
  });

  it('filters by township and by category, and the URL records both', async () => {
    const { townships } = await session.gql<{ townships: Array<{ id: string; name: string; villageCount: number }> }>('{ townships { id name villageCount } }');
    const township = townships[1];
    await page.locator('[data-test=filter-township]').click();
    await page
      .locator('.el-select-dropdown__item')
      .filter({ has: page.getByText(township.name, { exact: true }) })
      .click();
    await waitForQuery(page, { township: township.id });
    await waitForText(page.locator('[data-test=village-total]'), `共 ${township.villageCount} 个村居`);
    expect(new Set(await column(TOWNSHIP))).toEqual(new Set([township.name]));

    await page.locator('[data-test=filter-category]').getByText('C类').click();
    await waitForQuery(page, { township: township.id, category: 'C' });
    const categories = await column(CATEGORY);
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set(['C类']));
    expect(await total()).toBeLessThan(township.villageCount);
  });

  it('searches by name', async () => {
    await page.goto('/villages');
    const firstName = (await column(NAME))[0].trim();
    const term = firstName.slice(0, 2);
    await page.locator('input[data-test=filter-search]').fill(term);
    await waitForQuery(page, { q: term });
    const names = await column(NAME);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toContain(term);
    expect(await total()).toBeLessThan(countyTotal);
  });

  it('sorts on the server by an indicator, highest first', async () => {
    await page.goto('/villages');
    await column(NAME);
    await page.locator('[data-test=village-table] thead th', { hasText: '健康查体率' }).click();
    await waitForQuery(page, { sort: 'HEALTH_CHECK_RATE', dir: 'DESC' });
    const values = (await column(HEALTH_CHECK_RATE)).map((t) => parseFloat(t)).filter((v) => !Number.isNaN(v));
    expect(values.length).toBeGreaterThan(10);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // The server sorted the whole county, not just this page: the top is the county's maximum.
    const { villages } = await session.gql<{ villages: { nodes: Array<{ indicators: { value: { value: number | null } } }> } }>(
      '{ villages(first: 1, orderBy: { field: HEALTH_CHECK_RATE, direction: DESC }) { nodes { indicators { value(key: HEALTH_CHECK_RATE) { value } } } } }',
    );
    expect(values[0]).toBeCloseTo(villages.nodes[0].indicators.value.value ?? NaN, 2);
  });

  it('pages forward and back through the connection, and a copied link reproduces the page', async () => {
    await page.goto('/villages?category=B');
    const firstPage = await column(NAME);
    await page.locator('[data-test=village-pager] .btn-next').click();
    await waitForQuery(page, { page: '2', category: 'B' });
    await waitForText(page.locator('[data-test=village-page]'), '第 2 /');
    const secondPage = await column(NAME);
    expect(secondPage).toHaveLength(20);
    expect(secondPage[0]).not.toBe(firstPage[0]);

    const link = page.url();
    const other = await session.context.newPage();
    await other.goto(link);
    expect(await column(NAME, other)).toEqual(secondPage);
    await other.close();

    await page.locator('[data-test=village-pager] .btn-prev').click();
    await waitForQuery(page, { page: null, category: 'B' });
    expect(await column(NAME)).toEqual(firstPage);
  });
});
