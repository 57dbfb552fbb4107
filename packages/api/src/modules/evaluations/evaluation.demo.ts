import type { Knex } from '@mikro-orm/postgresql';
import { EvaluationRating, EvaluatorGroup, HELP_TARGET_COUNT, SERVICE_MODEL_COUNT } from '@township/shared';
import { bulkInsert, reserveIds, type Cell } from '../../demo/insert.js';
import type { FeatureDemo, FeatureDemoContext } from '../../demo/feature-demo.js';
import type { Random } from '../../demo/prng.js';
import { evaluationResults, ITEM_COLUMN } from './evaluation-results.service.js';

interface RoundPlan {
  name: string;
  heldOn: string;
  deadline: string;
  rectified: boolean;
  badVotesOfOfficer: number;
  officerQuality: number;
}

const BALLOTS: readonly [EvaluatorGroup, number][] = [
  [EvaluatorGroup.Superior, 5],
  [EvaluatorGroup.Peer, 8],
  [EvaluatorGroup.Villager, 25],
];
const COLUMNS = Object.values(ITEM_COLUMN);

/** One ballot's six ratings for a person of the given quality (0 poor … 1 excellent). */
function ratings(random: Random, quality: number, overall?: EvaluationRating): EvaluationRating[] {
  const rate = (): EvaluationRating => {
    const x = random.next();
    if (x < quality) return EvaluationRating.Good;
    return x < quality + (1 - quality) * 0.85 ? EvaluationRating.Fair : EvaluationRating.Poor;
  };
  const items = COLUMNS.slice(0, -1).map(rate);
  return [...items, overall ?? (rate() === EvaluationRating.Poor ? EvaluationRating.Fair : rate())];
}

/**
 * 洪凝镇's democratic evaluation as the sources tell it: in last year's mid-year round one officer
 * of the family-planning office got 12 bad votes and became a help target; after help, the
 * year-end round gave them 1. This year's mid-year round follows the year-end one.
 */
async function load({ trx, em, random, today }: FeatureDemoContext): Promise<string> {
  const year = today.getUTCFullYear();
  const {
    rows: [home],
  } = await trx.raw<{ rows: { id: number; county_id: number }[] }>(
    `select id, (select id from org_unit where depth = 0 order by id limit 1) as county_id from org_unit where depth = 1 order by code limit 1`,
  );
  const { rows: staff } = await trx.raw<{ rows: { id: number; roles: string }[] }>(
    `select c.id, c.roles::text as roles from cadre c join org_unit u on u.id = c.unit_id
      where u.id = ? and (c.roles && array['OFFICE_STAFF', 'STATIONED_CADRE', 'DEPUTY_IN_CHARGE']::cadre_role[]) order by c.id`,
    [home.id],
  );
  const { rows: officers } = await trx.raw<{ rows: { id: number }[] }>(
    `select c.id from cadre c join org_unit u on u.id = c.unit_id where u.parent_id = ? and 'VILLAGE_OFFICER' = any(c.roles) order by u.code, c.id limit 10`,
    [home.id],
  );
  const subjects = [...staff, ...officers].map((c) => Number(c.id));
  const officer = Number(staff.find((c) => c.roles.includes('OFFICE_STAFF'))!.id);
  const quality = new Map(subjects.map((id) => [id, random.float(0.62, 0.92)]));

  const plans: RoundPlan[] = [
    {
      name: `${year - 1}年上半年计生人员民主评议`,
      heldOn: `${year - 1}-06-26`,
      deadline: `${year - 1}-09-30`,
      rectified: true,
      badVotesOfOfficer: 12,
      officerQuality: 0.3,
    },
    {
      name: `${year - 1}年年底计生人员民主评议`,
      heldOn: `${year - 1}-12-24`,
      deadline: `${year}-03-31`,
      rectified: true,
      badVotesOfOfficer: 1,
      officerQuality: 0.78,
    },
    {
      name: `${year}年上半年计生人员民主评议`,
      heldOn: `${year}-06-25`,
      deadline: `${year + 1}-01-31`,
      rectified: false,
      badVotesOfOfficer: 0,
      officerQuality: 0.86,
    },
  ];
  const roundIds = await reserveIds(trx, 'evaluation_round', plans.length);
  let ballots = 0;
  for (const [r, plan] of plans.entries()) {
    const roundId = roundIds[r];
    await bulkInsert(
      trx,
      'evaluation_round',
      [
        { name: 'id', type: 'int' },
        { name: 'org_unit_id', type: 'int' },
        { name: 'county_id', type: 'int' },
        { name: 'name', type: 'text' },
        { name: 'year', type: 'smallint' },
        { name: 'held_on', type: 'date' },
        { name: 'previous_round_id', type: 'int' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      [[roundId, home.id, home.county_id, plan.name, Number(plan.heldOn.slice(0, 4)), plan.heldOn, r ? roundIds[r - 1] : null, `${plan.heldOn}T10:00:00Z`]],
    );
    await bulkInsert(
      trx,
      'evaluation_subject',
      [
        { name: 'round_id', type: 'int' },
        { name: 'cadre_id', type: 'int' },
      ],
      subjects.map((id): Cell[] => [roundId, id]),
    );
    const votes: Cell[][] = [];
    for (const cadre of subjects) {
      const total = BALLOTS.reduce((sum, [, n]) => sum + n, 0);
      const bad = new Set(cadre === officer ? random.shuffle([...Array(total).keys()]).slice(0, plan.badVotesOfOfficer) : []);
      const q = cadre === officer ? plan.officerQuality : Math.min(0.95, quality.get(cadre)! + r * 0.02);
      let k = 0;
      for (const [group, n] of BALLOTS) {
        for (let i = 0; i < n; i++, k++) {
          const overall =
            cadre === officer ? (bad.has(k) ? EvaluationRating.Poor : random.chance(q) ? EvaluationRating.Good : EvaluationRating.Fair) : undefined;
          votes.push([roundId, cadre, home.county_id, group, ...ratings(random, q, overall)]);
        }
      }
    }
    await bulkInsert(
      trx,
      'evaluation_vote',
      [
        { name: 'round_id', type: 'int' },
        { name: 'cadre_id', type: 'int' },
        { name: 'county_id', type: 'int' },
        { name: 'evaluator_group', type: 'evaluator_group' },
        ...COLUMNS.map((name) => ({ name, type: 'evaluation_rating' })),
      ],
      votes,
    );
    ballots += votes.length;
    await designate(trx, em, roundId, plan);
  }
  return `${plans.length} democratic evaluation rounds in 洪凝镇, ${subjects.length} staff, ${ballots} ballots; one officer's bad votes 12 → 1`;
}

/** The round's bottom three and top three, as the product's own rule ranks them. */
async function designate(trx: Knex.Transaction, em: FeatureDemoContext['em'], roundId: number, plan: RoundPlan): Promise<void> {
  const results = (await evaluationResults(em, [roundId])).filter((r) => r.rank != null);
  const bottom = results.slice(-HELP_TARGET_COUNT);
  const top = results.slice(0, SERVICE_MODEL_COUNT);
  await bulkInsert(
    trx,
    'evaluation_designation',
    [
      { name: 'round_id', type: 'int' },
      { name: 'cadre_id', type: 'int' },
      { name: 'kind', type: 'designation_kind' },
      { name: 'rank', type: 'smallint' },
      { name: 'score', type: 'float8' },
      { name: 'bad_votes', type: 'int' },
      { name: 'deadline', type: 'date' },
      { name: 'plan', type: 'text' },
      { name: 'rectified_on', type: 'date' },
      { name: 'note', type: 'text' },
      { name: 'created_at', type: 'timestamptz' },
    ],
    [
      ...top.map((t): Cell[] => [roundId, t.cadreId, 'SERVICE_MODEL', t.rank, t.score, t.badVotes, null, null, null, null, `${plan.heldOn}T12:00:00Z`]),
      ...bottom.map((t, i): Cell[] => [
        roundId,
        t.cadreId,
        'HELP_TARGET',
        t.rank,
        t.score,
        t.badVotes,
        plan.deadline,
        '党委分管领导谈心谈话；跟班学习服务规范；每月向计生办汇报整改情况',
        plan.rectified && i > 0 ? plan.deadline.replace(/-\d\d$/, '-20') : null,
        plan.rectified ? '经引导教育和帮助，服务态度和工作作风明显改进' : null,
        `${plan.heldOn}T12:00:00Z`,
      ]),
    ],
  );
}

export const evaluationsDemo: FeatureDemo = { name: 'evaluations', load };
