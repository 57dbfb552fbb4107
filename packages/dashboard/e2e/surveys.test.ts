import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, useBrowser, type Session } from './support/browser';
import { waitForText } from './support/wait';

/**
 * The surveys "done when" in a real browser, as office staff: rates with their Wilson intervals
 * and the not-rankable mark as the results page shows them, and the paper-form import, which
 * refuses a file with bad rows by line number, writes nothing of it, and never doubles answers
 * when the same good file comes twice.
 */
const browser = useBrowser();
let office: Session;

beforeAll(async () => {
  office = await openSession(browser(), 'office');
  office.page.setDefaultTimeout(8000);
});
afterAll(async () => {
  expect(office.errors).toEqual([]);
  await office.close();
});

/** Wilson score interval at 95%, in percent, worked out here independently of the product's code. */
function wilson(satisfied: number, valid: number): [number, number] {
  const z = 1.959964;
  const p = satisfied / valid;
  const centre = (p + (z * z) / (2 * valid)) / (1 + (z * z) / valid);
  const half = (z * Math.sqrt((p * (1 - p)) / valid + (z * z) / (4 * valid * valid))) / (1 + (z * z) / valid);
  return [(centre - half) * 100, (centre + half) * 100];
}
const tenth = (value: number) => value.toFixed(1);

interface Figure {
  satisfied: number;
  valid: number;
  total: number;
}
interface VillageRow extends Figure {
  rankable: boolean;
  orgUnit: { name: string; parent: { name: string } };
}

describe('survey results', () => {
  it('shows the overall rate and every village’s interval to the tenth, and marks villages with too few answers', async () => {
    const { page, gql } = office;
    const { surveyCampaigns } = await gql<{ surveyCampaigns: { nodes: Array<{ id: string; status: string }> } }>(
      '{ surveyCampaigns(first: 10) { nodes { id status } } }',
    );
    const closed = surveyCampaigns.nodes.find((c) => c.status === 'CLOSED')!;
    const { surveyCampaign } = await gql<{ surveyCampaign: { villages: VillageRow[] } }>(
      'query($id: ID!) { surveyCampaign(id: $id) { villages: results(groupBy: VILLAGE) { satisfied valid total rankable orgUnit { name parent { name } } } } }',
      { id: closed.id },
    );

    await page.goto('/surveys');
    // Last year's household survey of the sources: 962 of 1,000 households satisfied.
    await waitForText(page.locator('[data-test=overall-rate]'), '96.2');
    const [low, high] = wilson(962, 1000);
    expect(await page.locator('[data-test=overall-interval]').innerText()).toBe(`95% 置信区间 ${tenth(low)}% — ${tenth(high)}%`);
    expect([tenth(low), tenth(high)]).toEqual(['94.8', '97.2']);

    const rows = await page
      .locator('[data-test=by-village] .el-table__body tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    expect(rows).toHaveLength(surveyCampaign.villages.length);
    for (const [rank, name, township, rate, interval, n] of rows) {
      const village = surveyCampaign.villages.find((v) => v.orgUnit.name === name && v.orgUnit.parent.name === township)!;
      const [vLow, vHigh] = wilson(village.satisfied, village.valid);
      expect({ name, rate, interval, n: Number(n) }).toEqual({
        name,
        rate: tenth((village.satisfied / village.valid) * 100),
        interval: `${tenth(vLow)} — ${tenth(vHigh)}`,
        n: village.valid,
      });
      // Fewer than 30 valid answers: marked, not ranked.
      expect(rank === '样本不足').toBe(village.valid < 30);
    }
    const marked = rows.filter(([rank]) => rank === '样本不足').length;
    expect(marked).toBe(surveyCampaign.villages.filter((v) => !v.rankable).length);
    expect(marked).toBeGreaterThan(0);
    expect(await page.locator('[data-test=by-village] [data-test=not-rankable]').count()).toBe(marked);
  });
});

interface Progress {
  overall: Figure;
  sampleVillages: Array<{ answered: number }>;
  imports: Array<{ id: string }>;
}
const PROGRESS = 'query($id: ID!) { surveyCampaign(id: $id) { overall { satisfied valid total } sampleVillages { answered } imports { id } } }';

describe('paper-form import', () => {
  let campaignId: string;
  let header: string;
  let references: string[];

  async function progress(): Promise<{ overall: Figure; answered: number; imports: number }> {
    const { surveyCampaign: c } = await office.gql<{ surveyCampaign: Progress }>(PROGRESS, { id: campaignId });
    return { overall: c.overall, answered: c.sampleVillages.reduce((sum, v) => sum + v.answered, 0), imports: c.imports.length };
  }
  async function upload(page: Page, name: string, lines: string[]) {
    await page.locator('[data-test=import-file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`${[header, ...lines].join('\r\n')}\r\n`) });
    await waitForText(page.locator('[data-test=import-file-name]'), name);
    await page.locator('[data-test=import-submit]').click();
    await page.locator('[data-test=import-report]').waitFor();
  }
  const reportTags = (page: Page) => page.locator('[data-test=import-report] .el-tag').allInnerTexts();
  const answers = (...six: string[]) => six.join(',');

  it('downloads the template of the open campaign with the unanswered households’ references', async () => {
    const { page, gql } = office;
    const { surveyCampaigns } = await gql<{ surveyCampaigns: { nodes: Array<{ id: string; status: string }> } }>(
      '{ surveyCampaigns(first: 10) { nodes { id status } } }',
    );
    campaignId = surveyCampaigns.nodes.find((c) => c.status === 'OPEN')!.id;
    await page.goto('/surveys/import');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=template-csv]').click()]);
    expect(download.suggestedFilename()).toBe(`survey-${campaignId}-responses.csv`);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const [first, ...rest] = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    header = first;
    references = rest.map((line) => line.split(',')[0]);
    expect(header).toMatch(/^样本编号,调查方式,Q1 /);
    const before = await progress();
    const sampled = (
      await gql<{ surveyCampaign: { sampleVillages: Array<{ sampled: number }> } }>(
        'query($id: ID!) { surveyCampaign(id: $id) { sampleVillages { sampled } } }',
        { id: campaignId },
      )
    ).surveyCampaign.sampleVillages.reduce((sum, v) => sum + v.sampled, 0);
    expect(references).toHaveLength(sampled - before.answered);
  });

  it('refuses a file with bad rows, listing their line numbers, and writes nothing of it', async () => {
    const { page } = office;
    const before = await progress();
    await upload(page, 'bad-rows.csv', [
      `${references[0]},纸质问卷,${answers('满意', '满意', '满意', '满意', '满意', '满意')}`,
      `${references[1]},纸质问卷,${answers('满意', '还行', '满意', '满意', '满意', '满意')}`,
      `NOT-A-HOUSEHOLD,纸质问卷,${answers('满意', '满意', '满意', '满意', '满意', '满意')}`,
      `${references[2]},纸质问卷,${answers('满意', '满意', '', '满意', '满意', '满意')}`,
    ]);
    expect(await reportTags(page)).toEqual(['未写入任何数据', '数据行 4', '新写入 0', '已录入跳过 0', '错误 3']);
    const errors = await page
      .locator('[data-test=import-errors] .el-table__body tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    expect(errors.map(([line]) => Number(line))).toEqual([3, 4, 5]);
    expect(errors[0][2]).toBe('“还行”不是有效答案（满意、基本满意、不满意、不了解……）');
    expect(errors[1][2]).toContain('NOT-A-HOUSEHOLD 不是本次调查抽中的样本户');
    expect(errors[2][2]).toMatch(/^题目 Q3 未填写/);
    expect(await progress()).toEqual(before);
  });

  it('writes a good file once, and importing it again adds nothing', async () => {
    const { page } = office;
    const before = await progress();
    const good = [
      `${references[0]},纸质问卷,${answers('满意', '满意', '基本满意', '满意', '满意', '满意')}`,
      `${references[1]},入户走访,${answers('基本满意', '满意', '满意', '不了解', '满意', '基本满意')}`,
      `${references[2]},纸质问卷,${answers('不满意', '基本满意', '不满意', '满意', '不满意', '不满意')}`,
    ];
    await upload(page, 'good.csv', good);
    expect(await reportTags(page)).toEqual(['已写入数据库', '数据行 3', '新写入 3', '已录入跳过 0', '错误 0']);
    const once = await progress();
    // Overall satisfaction is the overall question's answer (Q6): 满意, 基本满意 and 不满意.
    expect(once).toEqual({
      overall: { satisfied: before.overall.satisfied + 2, valid: before.overall.valid + 3, total: before.overall.total + 3 },
      answered: before.answered + 3,
      imports: before.imports + 1,
    });

    await upload(page, 'good.csv', good);
    expect(await reportTags(page)).toEqual(['已写入数据库', '数据行 3', '新写入 0', '已录入跳过 3', '错误 0']);
    await waitForText(page.locator('[data-test=import-report] .el-alert'), '该文件曾于');
    const twice = await progress();
    expect(twice.overall).toEqual(once.overall);
    expect(twice.answered).toBe(once.answered);
  });
});
