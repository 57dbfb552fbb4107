import { beforeAll, describe, expect, it } from 'vitest';
import { drawSample } from '@township/shared';
import { withSmallCounty } from '../../test/fixtures.js';
import { callerAs, callerFor, errorOf } from '../../test/graphql.js';
import { villageSatisfaction } from './index.js';
import { answerAll, answerRows, CAMPAIGN_INPUT, createCampaign, csvBase64, IMPORT, referencesByVillage } from './survey.fixture.js';
import { prefixedWorkbook } from './xlsx.fixture.js';
import { readXlsx } from './xlsx.js';

const county = withSmallCounty();
const office = callerAs('office', () => county.db.orm);
let campaignId: string;
beforeAll(async () => {
  campaignId = await createCampaign(office, county.ids);
});

const count = async (sql: string) => Number((await county.db.orm.em.getConnection().execute(sql))[0].n);
const round1 = (x: number | null) => (x == null ? null : Math.round(x * 10) / 10);

describe('campaigns and sampling', () => {
  it('refuses a questionnaire without exactly one overall question, naming the field', async () => {
    const input = { ...CAMPAIGN_INPUT(county.ids), items: [{ code: 'Q1', text: '总体' }] };
    expect(errorOf(await office.run(`mutation($input: CreateSurveyCampaignInput!) { createSurveyCampaign(input: $input) { id } }`, { input }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.items',
    });
  });

  it('draws the sample reproducibly from the stored seed', async () => {
    const { surveyCampaign } = await office.data(
      `query($id: ID!, $v: ID) { surveyCampaign(id: $id) { sampleSeed sampleVillages { village { name } sampled answered }
      sample(first: 100, villageId: $v) { totalCount nodes { reference ordinal registerNo } } } }`,
      { id: campaignId, v: county.ids.east1Id },
    );
    expect(surveyCampaign.sampleSeed).toBe(7);
    expect(surveyCampaign.sampleVillages).toEqual([
      { village: { name: '东一村' }, sampled: 40, answered: 0 },
      { village: { name: '东二村' }, sampled: 30, answered: 0 },
      { village: { name: '西一村' }, sampled: 10, answered: 0 },
    ]);
    // 东一村 has 1004 / 4 = 251 households on its profile.
    const drawn = drawSample(7, '371199001001', 251, 40);
    const byOrdinal = [...surveyCampaign.sample.nodes].sort((a: { ordinal: number }, b: { ordinal: number }) => a.ordinal - b.ordinal);
    expect(byOrdinal.map((h: { registerNo: number }) => h.registerNo)).toEqual(drawn);
    expect(byOrdinal[6].reference).toBe('371199001001-007');
  });

  it('refuses a plan larger than the village register', async () => {
    const result = await office.run(`mutation($input: DrawSurveySampleInput!) { drawSurveySample(input: $input) { id } }`, {
      input: { campaignId, seed: 1, villages: [{ villageId: county.ids.west1Id, households: 126 }] },
    });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.villages.0.households' });
  });
});

describe('responses', () => {
  const SUBMIT = `mutation($input: SurveyResponseInput!) { submitSurveyResponse(input: $input) { reference } }`;
  let own: string;
  beforeAll(async () => {
    own = await createCampaign(office, county.ids, 2025, 11);
  });

  it('takes one response per household and refuses a second with a clear error', async () => {
    const reference = (await referencesByVillage(office, own))['东一村'][0];
    const input = {
      campaignId: own,
      reference,
      channel: 'DOOR_TO_DOOR',
      answers: [
        { itemCode: 'Q1', answer: 'SATISFIED' },
        { itemCode: 'q2', answer: 'UNKNOWN' },
      ],
    };
    expect((await office.data(SUBMIT, { input })).submitSurveyResponse.reference).toBe(reference);
    const again = errorOf(await office.run(SUBMIT, { input }));
    expect(again).toMatchObject({ code: 'CONFLICT', field: 'input.reference' });
    expect(again?.message).toMatch(/already answered.*one response per household/);
  });

  it('refuses answers off the scale, missing questions and households outside the sample', async () => {
    const reference = (await referencesByVillage(office, own))['东一村'][1];
    const base = { campaignId: own, reference, channel: 'PHONE' };
    expect(
      errorOf(
        await office.run(SUBMIT, {
          input: {
            ...base,
            answers: [
              { itemCode: 'Q1', answer: 'VERY_SATISFIED' },
              { itemCode: 'Q2', answer: 'SATISFIED' },
            ],
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.answers.0' });
    expect(errorOf(await office.run(SUBMIT, { input: { ...base, answers: [{ itemCode: 'Q1', answer: 'SATISFIED' }] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.answers',
    });
    expect(
      errorOf(
        await office.run(SUBMIT, {
          input: {
            ...base,
            reference: '371199001001-999',
            answers: [
              { itemCode: 'Q1', answer: 'SATISFIED' },
              { itemCode: 'Q2', answer: 'SATISFIED' },
            ],
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reference' });
  });
});

describe('importing paper forms', () => {
  let importCampaign: string;
  let rows: string[][];
  beforeAll(async () => {
    importCampaign = await createCampaign(office, county.ids, 2024, 3);
    rows = answerRows(await referencesByVillage(office, importCampaign));
  });
  const answers = () => count(`select count(*) as n from survey_answer a join survey_campaign c on c.id = a.campaign_id where c.year = 2024`);
  const run = (content: string, mode = 'ALL_OR_NOTHING', fileName = 'forms.csv') =>
    office.data(IMPORT, { input: { campaignId: importCampaign, fileName, format: 'CSV', contentBase64: content, mode } });

  it('reports every bad row by line and writes nothing of a file with errors', async () => {
    const bad = [...rows.slice(0, 5)];
    bad.splice(1, 0, [rows[5][0], '纸质问卷', '满意', '还行']); // line 3: not an answer
    bad.splice(3, 0, [rows[0][0], '纸质问卷', '满意', '满意']); // line 5: same household as line 2
    bad.push(['371199009009-001', '入户', '满意', '满意']); // line 9: not in the sample
    bad.push([rows[6][0], '邮寄', '满意', '满意']); // line 10: unknown channel
    const { importSurveyResponses: report } = await run(csvBase64(bad));
    expect(report).toMatchObject({ dataRows: 9, written: 0, rejected: 4, committed: false });
    expect(report.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
      [3, 'Q2 总体'],
      [5, '样本编号'],
      [9, '样本编号'],
      [10, '调查方式'],
    ]);
    expect(report.errors.map((e: { problem: string; value: string }) => [e.problem, e.value])).toEqual([
      ['BAD_ANSWER', '还行'],
      ['DUPLICATE_IN_FILE', rows[0][0]],
      ['NOT_IN_SAMPLE', '371199009009-001'],
      ['BAD_CHANNEL', '邮寄'],
    ]);
    expect(report.errors[1]).toMatchObject({ previousLine: 2, reason: expect.stringMatching(/already on line 2/) });
    expect(await answers()).toBe(0);
  });

  it('writes only the good rows when asked to', async () => {
    const some = [...rows.slice(0, 3), [rows[3][0], '纸质问卷', '满意', '']];
    const { importSurveyResponses: report } = await run(csvBase64(some), 'GOOD_ROWS');
    expect(report).toMatchObject({ dataRows: 4, written: 3, rejected: 1, committed: true, errors: [{ line: 5, column: 'Q2 总体' }] });
    expect(await answers()).toBe(6);
  });

  it('never doubles answers: the whole file imported twice writes each household once', async () => {
    const all = csvBase64(rows);
    const first = (await run(all)).importSurveyResponses;
    expect(first).toMatchObject({ dataRows: 80, written: 77, alreadyRecorded: 3, rejected: 0, committed: true, previousImportAt: null });
    const second = (await run(all)).importSurveyResponses;
    expect(second).toMatchObject({ dataRows: 80, written: 0, alreadyRecorded: 80, committed: true });
    expect(second.previousImportAt).not.toBeNull();
    expect(await answers()).toBe(160);
    // A changed answer for a household already recorded is an error, not an overwrite.
    const changed = (await run(csvBase64([[rows[0][0], '纸质问卷', '不满意', '不满意']]))).importSurveyResponses;
    expect(changed).toMatchObject({ written: 0, rejected: 1, committed: false });
    expect(changed.errors[0]).toMatchObject({ problem: 'ANSWERED_DIFFERENTLY', value: rows[0][0], recordedOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
    expect(changed.errors[0].reason).toMatch(/already answered with different answers/);
  });

  it('rejects a header that does not fit the questionnaire, and oversized or unreadable files', async () => {
    const { importSurveyResponses: report } = await run(csvBase64([], ['编号', 'Q1', 'Q3']));
    expect(report.errors.map((e: { reason: string }) => e.reason)).toEqual([
      'no 样本编号 (reference) column',
      'no column for question Q2',
      'column 编号 is not part of this questionnaire',
      'column Q3 is not part of this questionnaire',
    ]);
    expect(report.errors.map((e: { problem: string; value: string | null }) => [e.problem, e.value])).toEqual([
      ['NO_REFERENCE_COLUMN', null],
      ['NO_ITEM_COLUMN', 'Q2'],
      ['UNKNOWN_COLUMN', '编号'],
      ['UNKNOWN_COLUMN', 'Q3'],
    ]);
    const big = Buffer.alloc(600 * 1024, 'a').toString('base64');
    expect(errorOf(await office.run(IMPORT, { input: { campaignId: importCampaign, fileName: 'big.csv', format: 'CSV', contentBase64: big } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.contentBase64',
    });
    const notExcel = await office.run(IMPORT, { input: { campaignId: importCampaign, fileName: 'x.xlsx', format: 'XLSX', contentBase64: csvBase64(rows) } });
    expect(errorOf(notExcel)?.message).toMatch(/not an Excel workbook/);
  });

  it('gives a template with the unanswered references, in CSV with BOM and in Excel, that imports back', async () => {
    const fresh = await createCampaign(office, county.ids, 2023, 5);
    const { csv, xlsx } = await office.data(
      `query($id: ID!) { csv: surveyImportTemplate(campaignId: $id) { fileName mimeType contentBase64 }
      xlsx: surveyImportTemplate(campaignId: $id, format: XLSX) { fileName contentBase64 } }`,
      { id: fresh },
    );
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF样本编号,调查方式,Q1 您对计生服务人员的服务态度是否满意？,Q2 您对计划生育工作总体是否满意？\r\n')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(81);
    const sheet = await readXlsx(Buffer.from(xlsx.contentBase64, 'base64'));
    expect(sheet).toHaveLength(81);
    expect(sheet[1]).toEqual({ line: 2, cells: [expect.stringMatching(/^371199\d{6}-\d{3}$/), '纸质问卷', '', ''] });
    // An unfilled template imports nothing and refuses nothing.
    const empty = (await office.data(IMPORT, { input: { campaignId: fresh, fileName: xlsx.fileName, format: 'XLSX', contentBase64: xlsx.contentBase64 } }))
      .importSurveyResponses;
    expect(empty).toMatchObject({ dataRows: 0, written: 0, rejected: 0 });
  });

  it('imports a workbook whose elements carry the x: prefix (as the Open XML SDK writes it)', async () => {
    const header = ['样本编号', '调查方式', 'Q1 服务态度', 'Q2 总体'];
    const fresh = await createCampaign(office, county.ids, 2022, 11);
    const filled = answerRows(await referencesByVillage(office, fresh)).slice(0, 3);
    const contentBase64 = Buffer.from(await prefixedWorkbook([header, ...filled])).toString('base64');
    const { importSurveyResponses: report } = await office.data(IMPORT, { input: { campaignId: fresh, fileName: 'sdk.xlsx', format: 'XLSX', contentBase64 } });
    expect(report).toMatchObject({ dataRows: 3, written: 3, rejected: 0, committed: true, errors: [] });
  });
});

describe('results', () => {
  const RESULTS = `query($id: ID!, $by: SatisfactionGrouping!) { surveyCampaign(id: $id) {
    overall { satisfied valid total rate low high rankable }
    results(groupBy: $by) { orgUnit { name } item { code } satisfied valid rate low high rankable rank answers { answer count } } } }`;
  beforeAll(() => answerAll(office, campaignId));

  it('gives the overall rate with its Wilson interval, 不了解 left out', async () => {
    const { surveyCampaign } = await office.data(RESULTS, { id: campaignId, by: 'ALL' });
    const { overall } = surveyCampaign;
    expect(overall).toMatchObject({ satisfied: 72, valid: 78, total: 80, rankable: true });
    expect([round1(overall.rate), round1(overall.low), round1(overall.high)]).toEqual([92.3, 84.2, 96.4]);
  });

  it('ranks rankable villages only, with n and interval', async () => {
    const { results } = (await office.data(RESULTS, { id: campaignId, by: 'VILLAGE' })).surveyCampaign;
    const rows = results.map((r: any) => [r.orgUnit.name, r.satisfied, r.valid, round1(r.rate), round1(r.low), round1(r.high), r.rankable, r.rank]);
    expect(rows).toEqual([
      ['东一村', 38, 40, 95, 83.5, 98.6, true, 1],
      ['东二村', 25, 28, 89.3, 72.8, 96.3, false, null],
      ['西一村', 9, 10, 90, 59.6, 98.2, false, null],
    ]);
    expect(results[1].answers).toEqual([
      { answer: 'SATISFIED', count: 20 },
      { answer: 'BASICALLY_SATISFIED', count: 5 },
      { answer: 'DISSATISFIED', count: 3 },
      { answer: 'UNKNOWN', count: 2 },
    ]);
  });

  it('groups by township and by item', async () => {
    const townships = (await office.data(RESULTS, { id: campaignId, by: 'TOWNSHIP' })).surveyCampaign.results;
    expect(townships.map((r: any) => [r.orgUnit.name, r.satisfied, r.valid, round1(r.rate), r.rank])).toEqual([
      ['东镇', 63, 68, 92.6, 1],
      ['西乡', 9, 10, 90, null],
    ]);
    const items = (await office.data(RESULTS, { id: campaignId, by: 'ITEM' })).surveyCampaign.results;
    expect(items.map((r: any) => [r.item.code, r.satisfied, r.valid, round1(r.rate), r.rank])).toEqual([
      ['Q1', 74, 80, 92.5, null],
      ['Q2', 72, 78, 92.3, null],
    ]);
  });

  it('shows the trend of a unit across campaigns', async () => {
    const { satisfactionTrend } = await office.data(`query($id: ID!) { satisfactionTrend(orgUnitId: $id) { campaign { year } result { satisfied valid } } }`, {
      id: county.ids.eastId,
    });
    const byYear = Object.fromEntries(satisfactionTrend.map((p: any) => [p.campaign.year, p.result]));
    expect(byYear[2026]).toEqual({ satisfied: 63, valid: 68 });
    expect(byYear[2023]).toEqual({ satisfied: 0, valid: 0 });
  });

  it('feeds the assessment: villageSatisfaction per village of a year', async () => {
    const em = county.db.orm.em.fork();
    const figures = await villageSatisfaction(em, [county.ids.east1Id, county.ids.east2Id, county.ids.west1Id], 2026);
    expect(figures.get(county.ids.east1Id)).toMatchObject({
      villageId: county.ids.east1Id,
      satisfied: 38,
      valid: 40,
      rate: 0.95,
      rankable: true,
      campaignIds: [Number(campaignId)],
    });
    expect(figures.get(county.ids.east1Id)!.low).toBeCloseTo(0.835, 3);
    expect(figures.get(county.ids.east2Id)).toMatchObject({ satisfied: 25, valid: 28, rankable: false });
    expect((await villageSatisfaction(em, [county.ids.east1Id], 2019)).size).toBe(0);
    expect((await villageSatisfaction(em, [], 2026)).size).toBe(0);
  });
});

describe('who sees what', () => {
  it('lets a village officer see the campaign with their village’s figures only, and nothing raw', async () => {
    const village = await callerFor(county.db.orm, 'village');
    const { surveyCampaign } = await village.data(
      `query($id: ID!) { surveyCampaign(id: $id) { sampleSeed overall { satisfied valid }
      results(groupBy: VILLAGE) { orgUnit { name } } sampleVillages { village { name } } } }`,
      { id: campaignId },
    );
    expect(surveyCampaign).toEqual({
      sampleSeed: null,
      overall: { satisfied: 38, valid: 40 },
      results: [{ orgUnit: { name: '东一村' } }],
      sampleVillages: [{ village: { name: '东一村' } }],
    });
    expect(
      errorOf(await village.run(`query($id: ID!) { surveyCampaign(id: $id) { sample(first: 5) { nodes { reference } } } }`, { id: campaignId }))?.code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await village.run(`query($id: ID!) { satisfactionTrend(orgUnitId: $id) { result { valid } } }`, { id: county.ids.eastId }))?.code).toBe(
      'NOT_FOUND',
    );
    const trend = await village.data(`query($id: ID!) { satisfactionTrend(orgUnitId: $id) { result { valid } } }`, { id: county.ids.east1Id });
    expect(trend.satisfactionTrend.map((p: any) => p.result.valid)).toContain(40);
  });

  it('gives analysts aggregates and refuses them the sample, the template and every write', async () => {
    const analyst = await callerFor(county.db.orm, 'analyst');
    expect((await analyst.data(`query($id: ID!) { surveyCampaign(id: $id) { overall { valid } } }`, { id: campaignId })).surveyCampaign.overall.valid).toBe(78);
    for (const [query, variables] of [
      [`query($id: ID!) { surveyCampaign(id: $id) { sample(first: 5) { nodes { registerNo } } } }`, { id: campaignId }],
      [`query($id: ID!) { surveyImportTemplate(campaignId: $id) { fileName } }`, { id: campaignId }],
      [`mutation($input: CreateSurveyCampaignInput!) { createSurveyCampaign(input: $input) { id } }`, { input: CAMPAIGN_INPUT(county.ids) }],
      [IMPORT, { input: { campaignId, fileName: 'x.csv', format: 'CSV', contentBase64: 'eA==' } }],
    ] as const) {
      expect(errorOf(await analyst.run(query, variables))?.code, query).toBe('FORBIDDEN');
    }
  });

  it('keeps a township leader to their township', async () => {
    const east = await callerFor(county.db.orm, 'eastleader');
    const { results } = (await east.data(`query($id: ID!) { surveyCampaign(id: $id) { results(groupBy: VILLAGE) { orgUnit { name } } } }`, { id: campaignId }))
      .surveyCampaign;
    expect(results.map((r: any) => r.orgUnit.name)).toEqual(['东一村', '东二村']);
  });
});

describe('statements per request', () => {
  it('the results page costs the same whether it lists one campaign or ten', async () => {
    const PAGE = `query($first: Int!) { surveyCampaigns(first: $first) { totalCount nodes { name organiser { name } items { code }
      overall { rate low high } results(groupBy: VILLAGE) { rate rank orgUnit { name } } byItem: results(groupBy: ITEM) { rate item { text } } sampleVillages { sampled answered } } } }`;
    const statements = async (first: number) => {
      county.db.queries.length = 0;
      const data = await office.data(PAGE, { first });
      return { n: data.surveyCampaigns.nodes.length, statements: county.db.queries.length };
    };
    const one = await statements(1);
    const all = await statements(10);
    expect(all.n).toBeGreaterThan(3);
    expect(all.statements).toBe(one.statements);
  });
});
