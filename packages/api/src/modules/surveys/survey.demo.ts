import type { Knex } from '@mikro-orm/postgresql';
import { drawSample, POSITIVE_ANSWERS, sampleReference, SatisfactionAnswer, SurveyChannel, type SurveyScale } from '@township/shared';
import { bulkInsert, reserveIds, type Cell } from '../../demo/insert.js';
import type { FeatureDemo, FeatureDemoContext } from '../../demo/feature-demo.js';
import type { Random } from '../../demo/prng.js';

/** The questionnaire of the demo campaigns; the last question is the overall one. */
const QUESTIONS: readonly { code: string; text: string; satisfied: number; unknown: number }[] = [
  { code: 'Q1', text: '您对计生工作人员的服务态度是否满意？', satisfied: 0.95, unknown: 0.01 },
  { code: 'Q2', text: '您对计划生育政策宣传是否满意？', satisfied: 0.93, unknown: 0.03 },
  { code: 'Q3', text: '您对计生办办事效率是否满意？', satisfied: 0.92, unknown: 0.02 },
  { code: 'Q4', text: '您对免费技术服务（查体、随访）是否满意？', satisfied: 0.94, unknown: 0.04 },
  { code: 'Q5', text: '您对奖励扶助政策兑现是否满意？', satisfied: 0.9, unknown: 0.08 },
  { code: 'Q6', text: '您对本乡镇计划生育工作总体是否满意？', satisfied: 0.962, unknown: 0 },
];

interface Village {
  id: number;
  code: string;
  households: number;
  township: number;
}
interface CampaignPlan {
  name: string;
  year: number;
  startedOn: string;
  endedOn: string | null;
  status: 'OPEN' | 'CLOSED';
  seed: number;
  villages: { village: Village; households: number }[];
  /** Share of the sample that has answered. */
  answered: number;
  /** Exactly this many satisfied answers to the overall question (the sources' 962 of 1,000), or a rate. */
  overallSatisfied: number | null;
}

/** Sample sizes for `count` villages summing to `total`, a few below the rankable threshold. */
function sampleSizes(random: Random, count: number, total: number): number[] {
  const sizes = Array.from({ length: count }, (_, i) => (i % 8 === 3 ? random.int(24, 29) : random.int(34, 52)));
  let diff = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % count) {
    if (sizes[i] < 30) continue;
    const step = Math.sign(diff);
    sizes[i] += step;
    diff -= step;
  }
  return sizes;
}

/** Two villages per township, the `village` demo user's among 洪凝镇's. */
function pickVillages(random: Random, villages: Village[], must: number | null): Village[] {
  const byTownship = new Map<number, Village[]>();
  for (const v of villages) byTownship.set(v.township, [...(byTownship.get(v.township) ?? []), v]);
  return [...byTownship.values()].flatMap((list) => {
    const mine = list.find((v) => v.id === must);
    const rest = random.shuffle(list.filter((v) => v !== mine && v.households >= 80));
    return mine ? [mine, rest[0]] : rest.slice(0, 2);
  });
}

async function writeCampaign(trx: Knex.Transaction, random: Random, plan: CampaignPlan, countyId: number, userId: number, scale: SurveyScale): Promise<number> {
  const [campaignId] = await reserveIds(trx, 'survey_campaign', 1);
  await bulkInsert(
    trx,
    'survey_campaign',
    [
      { name: 'id', type: 'int' },
      { name: 'organiser_id', type: 'int' },
      { name: 'county_id', type: 'int' },
      { name: 'name', type: 'text' },
      { name: 'year', type: 'smallint' },
      { name: 'scale', type: 'survey_scale' },
      { name: 'status', type: 'survey_status' },
      { name: 'started_on', type: 'date' },
      { name: 'ended_on', type: 'date' },
      { name: 'sample_seed', type: 'int' },
      { name: 'created_at', type: 'timestamptz' },
    ],
    [[campaignId, countyId, countyId, plan.name, plan.year, scale, plan.status, plan.startedOn, plan.endedOn, plan.seed, `${plan.startedOn}T00:00:00Z`]],
  );
  const itemIds = await reserveIds(trx, 'survey_item', QUESTIONS.length);
  await bulkInsert(
    trx,
    'survey_item',
    [
      { name: 'id', type: 'int' },
      { name: 'campaign_id', type: 'int' },
      { name: 'position', type: 'smallint' },
      { name: 'code', type: 'text' },
      { name: 'text', type: 'text' },
      { name: 'overall', type: 'boolean' },
    ],
    QUESTIONS.map((q, i): Cell[] => [itemIds[i], campaignId, i + 1, q.code, q.text, i === QUESTIONS.length - 1]),
  );

  const households = plan.villages.flatMap(({ village, households: n }) =>
    drawSample(plan.seed, village.code, village.households, n).map((registerNo, i) => ({ village, registerNo, ordinal: i + 1 })),
  );
  const householdIds = await reserveIds(trx, 'survey_household', households.length);
  await bulkInsert(
    trx,
    'survey_household',
    [
      { name: 'id', type: 'int' },
      { name: 'campaign_id', type: 'int' },
      { name: 'village_id', type: 'int' },
      { name: 'county_id', type: 'int' },
      { name: 'ordinal', type: 'smallint' },
      { name: 'register_no', type: 'int' },
      { name: 'reference', type: 'text' },
    ],
    households.map((h, i): Cell[] => [
      householdIds[i],
      campaignId,
      h.village.id,
      countyId,
      h.ordinal,
      h.registerNo,
      sampleReference(h.village.code, h.ordinal),
    ]),
  );

  const answering = households.map((h, i) => ({ ...h, id: householdIds[i] })).filter(() => plan.answered >= 1 || random.chance(plan.answered));
  // The overall question: exactly `overallSatisfied` satisfied answers, the rest dissatisfied, spread at random.
  const overall = plan.overallSatisfied ?? Math.round(answering.length * 0.955);
  const dissatisfiedAt = new Set(random.shuffle(answering.map((_, i) => i)).slice(0, answering.length - overall));
  const responseIds = await reserveIds(trx, 'survey_response', answering.length);
  const day = (i: number) => new Date(Date.parse(`${plan.startedOn}T08:00:00Z`) + Math.floor((i / answering.length) * 30) * 86_400_000).toISOString();
  await bulkInsert(
    trx,
    'survey_response',
    [
      { name: 'id', type: 'bigint' },
      { name: 'campaign_id', type: 'int' },
      { name: 'household_id', type: 'int' },
      { name: 'village_id', type: 'int' },
      { name: 'county_id', type: 'int' },
      { name: 'channel', type: 'survey_channel' },
      { name: 'recorded_by_id', type: 'int' },
      { name: 'recorded_at', type: 'timestamptz' },
    ],
    answering.map((h, i): Cell[] => [
      responseIds[i],
      campaignId,
      h.id,
      h.village.id,
      countyId,
      random.weighted([
        [SurveyChannel.DoorToDoor, 60],
        [SurveyChannel.Phone, 15],
        [SurveyChannel.PaperForm, 25],
      ] as const),
      userId,
      day(i),
    ]),
  );
  const answers: Cell[][] = [];
  answering.forEach((h, i) =>
    QUESTIONS.forEach((q, k) => {
      let answer: SatisfactionAnswer;
      if (k === QUESTIONS.length - 1) answer = dissatisfiedAt.has(i) ? SatisfactionAnswer.Dissatisfied : positive(random);
      else if (random.chance(q.unknown)) answer = SatisfactionAnswer.Unknown;
      else answer = random.chance(q.satisfied) ? positive(random) : SatisfactionAnswer.Dissatisfied;
      answers.push([responseIds[i], itemIds[k], campaignId, h.village.id, countyId, answer]);
    }),
  );
  await bulkInsert(
    trx,
    'survey_answer',
    [
      { name: 'response_id', type: 'bigint' },
      { name: 'item_id', type: 'int' },
      { name: 'campaign_id', type: 'int' },
      { name: 'village_id', type: 'int' },
      { name: 'county_id', type: 'int' },
      { name: 'answer', type: 'satisfaction_answer' },
    ],
    answers,
  );
  return answering.length;
}

const positive = (random: Random) => (random.chance(0.72) ? POSITIVE_ANSWERS[1] : POSITIVE_ANSWERS[2]);

/**
 * Last year's household survey as the sources report it (12 townships, 24 villages, 1,000
 * households, 96.2% satisfied: exactly 962 of 1,000 valid overall answers), and this year's
 * campaign half-way through its fieldwork.
 */
async function load({ trx, random, today }: FeatureDemoContext): Promise<string> {
  const year = today.getUTCFullYear();
  const { rows: villageRows } = await trx.raw<{ rows: Village[] }>(
    `select v.id, v.code, v.households, v.parent_id as township from org_unit v where v.depth = 2 and v.households is not null order by v.code`,
  );
  const {
    rows: [facts],
  } = await trx.raw<{ rows: { county_id: number; office_id: number; village_scope: number | null }[] }>(
    `select (select id from org_unit where depth = 0 order by id limit 1) as county_id,
            (select id from app_user where role = 'OFFICE' order by id limit 1) as office_id,
            (select scope_id from app_user where role = 'VILLAGE' order by id limit 1) as village_scope`,
  );
  const villages = villageRows.map((v) => ({ ...v, id: Number(v.id), households: Number(v.households), township: Number(v.township) }));

  const lastVillages = pickVillages(random.fork('last'), villages, facts.village_scope);
  const lastSizes = sampleSizes(random.fork('last-sizes'), lastVillages.length, 1000);
  const last: CampaignPlan = {
    name: `${year - 1}年度计划生育群众满意度调查`,
    year: year - 1,
    startedOn: `${year - 1}-11-10`,
    endedOn: `${year - 1}-12-15`,
    status: 'CLOSED',
    seed: random.int(1, 2 ** 31 - 2),
    villages: lastVillages.map((village, i) => ({ village, households: lastSizes[i] })),
    answered: 1,
    overallSatisfied: 962,
  };
  const currentVillages = pickVillages(random.fork('current'), villages, facts.village_scope);
  const current: CampaignPlan = {
    name: `${year}年度计划生育群众满意度调查`,
    year,
    startedOn: `${year}-10-20`,
    endedOn: null,
    status: 'OPEN',
    seed: random.int(1, 2 ** 31 - 2),
    villages: currentVillages.map((village) => ({ village, households: 40 })),
    answered: 0.6,
    overallSatisfied: null,
  };
  const answeredLast = await writeCampaign(trx, random.fork('answers-last'), last, Number(facts.county_id), Number(facts.office_id), 'FOUR_LEVEL');
  const answeredNow = await writeCampaign(trx, random.fork('answers-current'), current, Number(facts.county_id), Number(facts.office_id), 'FOUR_LEVEL');
  return `${year - 1} survey: ${answeredLast} households in ${lastVillages.length} villages (962 satisfied overall); ${year} survey in progress: ${answeredNow} of ${currentVillages.length * 40} answered`;
}

export const surveysDemo: FeatureDemo = { name: 'surveys', load };
