import type { Caller } from '../../test/graphql.js';

type Runner = Pick<Caller, 'data'>;
import type { SmallCounty } from '../../test/fixtures.js';

/**
 * A campaign over the small county, answered so every figure can be checked by hand:
 *
 *   village  sampled  Q1 (service)          Q2 (overall)                         Q2 rate
 *   东一村   40       34 满意, 6 不满意       30 满意, 8 基本满意, 2 不满意         38/40 = 95.0%
 *   东二村   30       30 满意                 20 满意, 5 基本满意, 3 不满意, 2 不了解  25/28 = 89.3% (not rankable)
 *   西一村   10       10 满意                 9 满意, 1 不满意                      9/10 = 90.0% (not rankable)
 *   county                                                                        72/78 = 92.3%
 */
export const CAMPAIGN_INPUT = (ids: SmallCounty, year = 2026) => ({
  organiserId: ids.countyId,
  name: `${year}年度群众满意度调查`,
  year,
  scale: 'FOUR_LEVEL',
  startedOn: `${year}-10-01`,
  items: [
    { code: 'Q1', text: '您对计生服务人员的服务态度是否满意？' },
    { code: 'Q2', text: '您对计划生育工作总体是否满意？', overall: true },
  ],
});

export const PLAN = (ids: SmallCounty) => [
  { villageId: ids.east1Id, households: 40 },
  { villageId: ids.east2Id, households: 30 },
  { villageId: ids.west1Id, households: 10 },
];

/** Answers per village, in the order of the sample's references: [Q1, Q2] repeated n times. */
export const ANSWERS: Record<string, [string, string, number][]> = {
  东一村: [
    ['满意', '满意', 30],
    ['满意', '基本满意', 4],
    ['不满意', '基本满意', 4],
    ['不满意', '不满意', 2],
  ],
  东二村: [
    ['满意', '满意', 20],
    ['满意', '基本满意', 5],
    ['满意', '不满意', 3],
    ['满意', '不了解', 2],
  ],
  西一村: [
    ['满意', '满意', 9],
    ['满意', '不满意', 1],
  ],
};

export async function createCampaign(office: Runner, ids: SmallCounty, year = 2026, seed = 7): Promise<string> {
  const { createSurveyCampaign } = await office.data(`mutation($input: CreateSurveyCampaignInput!) { createSurveyCampaign(input: $input) { id } }`, {
    input: CAMPAIGN_INPUT(ids, year),
  });
  await office.data(`mutation($input: DrawSurveySampleInput!) { drawSurveySample(input: $input) { id } }`, {
    input: { campaignId: createSurveyCampaign.id, seed, villages: PLAN(ids) },
  });
  return createSurveyCampaign.id;
}

/** Sample references per village name, in reference order. */
export async function referencesByVillage(office: Runner, campaignId: string): Promise<Record<string, string[]>> {
  const { surveyCampaign } = await office.data(`query($id: ID!) { surveyCampaign(id: $id) { sample(first: 100) { nodes { reference village { name } } } } }`, {
    id: campaignId,
  });
  const byVillage: Record<string, string[]> = {};
  for (const node of surveyCampaign.sample.nodes) (byVillage[node.village.name] ??= []).push(node.reference);
  return byVillage;
}

/** The CSV rows (without header) answering the whole sample as in ANSWERS. */
export function answerRows(references: Record<string, string[]>): string[][] {
  return Object.entries(ANSWERS).flatMap(([village, plan]) => {
    const refs = [...references[village]];
    return plan.flatMap(([q1, q2, n]) => Array.from({ length: n }, () => [refs.shift()!, '纸质问卷', q1, q2]));
  });
}

export const csvBase64 = (rows: string[][], header = ['样本编号', '调查方式', 'Q1 服务态度', 'Q2 总体']) =>
  Buffer.from(`\uFEFF${[header, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8').toString('base64');

export const IMPORT = `mutation($input: ImportSurveyResponsesInput!) {
  importSurveyResponses(input: $input) { dataRows written alreadyRecorded rejected committed previousImportAt errors { line column problem value previousLine recordedOn reason } }
}`;

export async function answerAll(office: Runner, campaignId: string): Promise<void> {
  const rows = answerRows(await referencesByVillage(office, campaignId));
  await office.data(IMPORT, { input: { campaignId, fileName: 'all.csv', format: 'CSV', contentBase64: csvBase64(rows) } });
}
