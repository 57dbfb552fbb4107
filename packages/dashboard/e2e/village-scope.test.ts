import { describe, expect, it } from 'vitest';
import { openSession, useBrowser } from './support/browser';
import { waitForList, waitForText } from './support/wait';

const browser = useBrowser();

describe('a village officer’s scope', () => {
  it('lists only their own village and refuses another village’s page without breaking', async () => {
    const leader = await openSession(browser(), 'leader');
    const officer = await openSession(browser(), 'village');
    const { viewer } = await officer.gql<{ viewer: { scope: { id: string; name: string } } }>('{ viewer { scope { id name } } }');
    const { villages } = await leader.gql<{ villages: { nodes: Array<{ id: string }> } }>('{ villages(first: 2) { nodes { id } } }');
    const elsewhere = villages.nodes.find((v) => v.id !== viewer.scope.id)!.id;
    await leader.close();

    const { page, errors } = officer;
    await page.goto('/villages');
    await waitForList(page);
    await waitForText(page.locator('[data-test=village-total]'), '共 1 个村居');
    const names = await page.locator('[data-test=village-table] .el-table__body tbody tr td:nth-child(1)').allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual([viewer.scope.name]);

    await page.goto(`/villages/${elsewhere}`);
    const refusal = page.locator('[data-test=error-state]');
    await refusal.waitFor();
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(await refusal.getAttribute('data-kind'));
    // Still the product around it: navigation works after the refusal.
    await page.locator('[data-test=nav-villages]').click();
    await waitForList(page);
    expect(errors).toEqual([]);
    await officer.close();
  });

  it('is told that joint meetings are the township’s, and cannot open one', async () => {
    const leader = await openSession(browser(), 'leader');
    const { meetings } = await leader.gql<{ meetings: { nodes: Array<{ id: string }> } }>('{ meetings(first: 1) { nodes { id } } }');
    await leader.close();
    const officer = await openSession(browser(), 'village');
    const { page, errors } = officer;
    await page.goto('/meetings');
    expect(await page.locator('[data-test=meetings-not-for-villages]').innerText()).toContain('村级账号不能查看');
    await page.goto(`/meetings/${meetings.nodes[0].id}`);
    const refusal = page.locator('[data-test=error-state]');
    await refusal.waitFor();
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(await refusal.getAttribute('data-kind'));
    expect(errors).toEqual([]);
    await officer.close();
  });
});
