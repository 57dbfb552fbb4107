import { beforeAll, describe, expect, it } from 'vitest';
import { withSmallCounty } from '../../test/fixtures.js';
import { callerAs, callerFor, errorOf } from '../../test/graphql.js';

/**
 * Six people evaluated by the county; every ballot rates all six items alike unless said:
 *   王东 10 好 → 100;  李西 8 好 2 中 → 92;  张一 5 好 5 中 → 80;  赵一 6 好 2 中 2 差 → 72, 2 差票;
 *   钱二 10 ballots of 中 on five items, 总体 7 好 3 差 → (5×60 + 70) / 6 = 61.67, 3 差票;
 *   孙三 8 好 12 差 → 40, 12 差票.
 * Bottom three (赵一, 钱二, 孙三) become help targets, the top three service models. In the next
 * round 孙三 has 19 好 and 1 差: 12 bad votes → 1, improved; 赵一 7 好 1 中 2 差 → 76, a better
 * score but 2 bad votes again, unchanged; 钱二 6 好 4 差 overall, 3 bad votes → 4, worse.
 */
const county = withSmallCounty();
const office = callerAs('office', () => county.db.orm);
const people: Record<string, number> = {};
let first: string;
let second: string;

type Rating = 'GOOD' | 'FAIR' | 'POOR';
const GROUPS = ['SUPERIOR', 'SUPERIOR', 'PEER', 'PEER', 'PEER'];
const ballots = (name: string, spec: [Rating, number][], overall?: [Rating, number][]) => {
  const items = spec.flatMap(([rating, n]) => Array<Rating>(n).fill(rating));
  const overalls = overall ? overall.flatMap(([rating, n]) => Array<Rating>(n).fill(rating)) : items;
  return items.map((r, i) => ({
    cadreId: people[name],
    group: GROUPS[i] ?? 'VILLAGER',
    serviceAttitude: r,
    workStyle: r,
    efficiency: r,
    dutyPerformance: r,
    innovation: r,
    overall: overalls[i],
  }));
};
const VOTE = `mutation($input: RecordEvaluationVotesInput!) { recordEvaluationVotes(input: $input) { id } }`;
const CREATE = `mutation($input: CreateEvaluationRoundInput!) { createEvaluationRound(input: $input) { id } }`;

beforeAll(async () => {
  const conn = county.db.orm.em.getConnection();
  for (const name of ['赵一', '钱二', '孙三']) {
    await conn.execute(`insert into cadre (name, gender, unit_id, roles, created_at, updated_at) values (?, 'MALE', ?, '{OFFICE_STAFF}', now(), now())`, [
      name,
      county.ids.eastId,
    ]);
  }
  for (const row of await conn.execute<{ id: number; name: string }[]>('select id, name from cadre')) people[row.name] = row.id;
  const cadreIds = ['王东', '李西', '张一', '赵一', '钱二', '孙三'].map((n) => people[n]);
  first = (await office.data(CREATE, { input: { orgUnitId: county.ids.countyId, name: '上半年民主评议', year: 2026, heldOn: '2026-06-20', cadreIds } }))
    .createEvaluationRound.id;
  await office.data(VOTE, {
    input: {
      roundId: first,
      ballots: [
        ...ballots('王东', [['GOOD', 10]]),
        ...ballots('李西', [
          ['GOOD', 8],
          ['FAIR', 2],
        ]),
        ...ballots('张一', [
          ['GOOD', 5],
          ['FAIR', 5],
        ]),
        ...ballots('赵一', [
          ['GOOD', 6],
          ['FAIR', 2],
          ['POOR', 2],
        ]),
        ...ballots(
          '钱二',
          [['FAIR', 10]],
          [
            ['GOOD', 7],
            ['POOR', 3],
          ],
        ),
        ...ballots('孙三', [
          ['GOOD', 8],
          ['POOR', 12],
        ]),
      ],
    },
  });
});

const RESULTS = `query($id: ID!) { evaluationRound(id: $id) { votes votesByGroup { group votes }
  results { cadre { name } rank ranked score badVotes votes designation items { item good fair poor score } } } }`;

describe('democratic evaluation results', () => {
  it('scores, counts bad votes and ranks, by hand', async () => {
    const { evaluationRound } = await office.data(RESULTS, { id: first });
    expect(evaluationRound.votes).toBe(70);
    expect(evaluationRound.votesByGroup).toEqual([
      { group: 'SUPERIOR', votes: 12 },
      { group: 'PEER', votes: 18 },
      { group: 'VILLAGER', votes: 40 },
    ]);
    const rows = evaluationRound.results.map((r: any) => [r.cadre.name, r.rank, Math.round(r.score * 100) / 100, r.badVotes, r.votes]);
    expect(rows).toEqual([
      ['王东', 1, 100, 0, 10],
      ['李西', 2, 92, 0, 10],
      ['张一', 3, 80, 0, 10],
      ['赵一', 4, 72, 2, 10],
      ['钱二', 5, 61.67, 3, 10],
      ['孙三', 6, 40, 12, 20],
    ]);
    const qian = evaluationRound.results[4];
    expect(qian.items.at(-1)).toEqual({ item: 'OVERALL', good: 7, fair: 0, poor: 3, score: 70 });
    expect(qian.items[0]).toEqual({ item: 'SERVICE_ATTITUDE', good: 0, fair: 10, poor: 0, score: 60 });
  });

  it('designates the bottom three as help targets with a deadline and the top three as service models', async () => {
    await office.data(`mutation($input: DesignateEvaluationResultInput!) { designateEvaluationResult(input: $input) { id } }`, {
      input: { roundId: first, deadline: '2026-09-30', plan: '谈心谈话，跟班学习' },
    });
    const { evaluationRound } = await office.data(
      `query($id: ID!) { evaluationRound(id: $id) { designations { kind rank badVotes deadline plan status cadre { name } followUp { badVotes } } } }`,
      { id: first },
    );
    expect(evaluationRound.designations.map((d: any) => [d.kind, d.rank, d.cadre.name])).toEqual([
      ['SERVICE_MODEL', 1, '王东'],
      ['SERVICE_MODEL', 2, '李西'],
      ['SERVICE_MODEL', 3, '张一'],
      ['HELP_TARGET', 4, '赵一'],
      ['HELP_TARGET', 5, '钱二'],
      ['HELP_TARGET', 6, '孙三'],
    ]);
    expect(evaluationRound.designations[5]).toMatchObject({ badVotes: 12, deadline: '2026-09-30', plan: '谈心谈话，跟班学习', followUp: null });
    expect(['IN_PROGRESS', 'OVERDUE']).toContain(evaluationRound.designations[5].status);
    expect(evaluationRound.designations[0].status).toBeNull();
    const again = await office.run(`mutation($input: DesignateEvaluationResultInput!) { designateEvaluationResult(input: $input) { id } }`, {
      input: { roundId: first, deadline: '2026-09-30' },
    });
    expect(errorOf(again)?.code).toBe('CONFLICT');
    expect(errorOf(await office.run(VOTE, { input: { roundId: first, ballots: ballots('王东', [['GOOD', 1]]) } }))?.code).toBe('CONFLICT');
  });

  it('shows in the next round whether each help target improved (12 bad votes → 1), stayed as it was or got worse', async () => {
    const cadreIds = ['赵一', '钱二', '孙三', '王东'].map((n) => people[n]);
    second = (
      await office.data(CREATE, {
        input: { orgUnitId: county.ids.countyId, name: '年底民主评议', year: 2026, heldOn: '2026-12-20', previousRoundId: first, cadreIds },
      })
    ).createEvaluationRound.id;
    await office.data(VOTE, {
      input: {
        roundId: second,
        ballots: [
          ...ballots('孙三', [
            ['GOOD', 19],
            ['POOR', 1],
          ]),
          ...ballots('赵一', [
            ['GOOD', 7],
            ['FAIR', 1],
            ['POOR', 2],
          ]),
          ...ballots(
            '钱二',
            [['GOOD', 10]],
            [
              ['GOOD', 6],
              ['POOR', 4],
            ],
          ),
          ...ballots('王东', [['GOOD', 10]]),
        ],
      },
    });
    const { evaluationRound } = await office.data(
      `query($id: ID!) { evaluationRound(id: $id) { previousRound { name }
      previousHelpTargets { cadre { name } badVotes score followUp { badVotes score change improved } } } }`,
      { id: second },
    );
    expect(evaluationRound.previousRound).toEqual({ name: '上半年民主评议' });
    const change = (t: { cadre: { name: string }; badVotes: number; followUp: { badVotes: number; change: string; improved: boolean } }) => [
      t.cadre.name,
      t.badVotes,
      t.followUp.badVotes,
      t.followUp.change,
      t.followUp.improved,
    ];
    expect(evaluationRound.previousHelpTargets.map(change)).toEqual([
      ['赵一', 2, 2, 'UNCHANGED', false],
      ['钱二', 3, 4, 'WORSE', false],
      ['孙三', 12, 1, 'IMPROVED', true],
    ]);
    // 赵一's score rose (72 → 76) with as many bad votes: not an improvement.
    expect([evaluationRound.previousHelpTargets[0].score, evaluationRound.previousHelpTargets[0].followUp.score]).toEqual([72, 76]);
  });

  it('updates a rectification and refuses bad input with the field named', async () => {
    const { evaluationRound } = await office.data(`query($id: ID!) { evaluationRound(id: $id) { designations { id kind } } }`, { id: first });
    const target = evaluationRound.designations.find((d: any) => d.kind === 'HELP_TARGET');
    const UPDATE = `mutation($id: ID!, $input: UpdateHelpTargetInput!) { updateHelpTarget(id: $id, input: $input) { rectifiedOn status note } }`;
    expect((await office.data(UPDATE, { id: target.id, input: { rectifiedOn: '2026-09-01', note: '群众反映明显好转' } })).updateHelpTarget).toEqual({
      rectifiedOn: '2026-09-01',
      status: 'RECTIFIED',
      note: '群众反映明显好转',
    });
    expect(errorOf(await office.run(UPDATE, { id: target.id, input: { deadline: '2026-01-01' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.deadline',
    });
    const stranger = await office.run(CREATE, {
      input: { orgUnitId: county.ids.eastId, name: 'x', year: 2026, heldOn: '2026-06-01', cadreIds: [people['王东'], people['李西']] },
    });
    expect(errorOf(stranger)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cadreIds' });
    const notSubject = await office.run(VOTE, { input: { roundId: second, ballots: ballots('李西', [['GOOD', 1]]) } });
    expect(errorOf(notSubject)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ballots.0.cadreId' });
  });
});

describe('who sees evaluations', () => {
  it('hides rounds outside the scope from a village officer', async () => {
    const village = await callerFor(county.db.orm, 'village');
    expect((await village.data(`{ evaluationRounds(first: 10) { totalCount } }`)).evaluationRounds.totalCount).toBe(0);
    expect(errorOf(await village.run(RESULTS, { id: first }))?.code).toBe('NOT_FOUND');
  });

  it('gives analysts results without plans, and no writes', async () => {
    const analyst = await callerFor(county.db.orm, 'analyst');
    const { evaluationRound } = await analyst.data(`query($id: ID!) { evaluationRound(id: $id) { results { badVotes } designations { plan } } }`, {
      id: first,
    });
    expect(evaluationRound.results).toHaveLength(6);
    expect(evaluationRound.designations.every((d: { plan: string | null }) => d.plan === null)).toBe(true);
    expect(errorOf(await analyst.run(VOTE, { input: { roundId: second, ballots: ballots('王东', [['GOOD', 1]]) } }))?.code).toBe('FORBIDDEN');
  });
});
