import { describe, expect, it } from 'vitest';
import { chinaDay, quarterOf } from '@township/shared';
import { withSmallCounty } from '../../test/fixtures.js';
import { callerAs } from '../../test/graphql.js';
import { CREATE_SCHEME, SCORES, testDefinition } from './test/scheme-fixture.js';

/**
 * A petition above county level (到县级以上上访) recorded in complaints vetoes its village's
 * computed results in the same request: no recompute by hand, and nothing else moves but ranks.
 */
const county = withSmallCounty();
const office = callerAs('office', () => county.db.orm);
const leader = callerAs('leader', () => county.db.orm);

// Received an hour ago: the quarter and year of receipt have begun, whatever day the test runs.
const receivedAt = new Date(Date.now() - 3_600_000);
const day = chinaDay(receivedAt);
const quarter = quarterOf(day.slice(0, 7));
const year = day.slice(0, 4);

const REGISTER = `mutation($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }`;
const intake = (villageId: number, level = 'TOWNSHIP') => ({
  villageId,
  channel: 'VISIT',
  category: 'CONTRACEPTION_COMPLICATION',
  level,
  description: '反映节育手术后遗症长期未得到处理',
  receivedAt: receivedAt.toISOString(),
});
const step = (mutation: string, args = '') => `mutation($id: ID!) { ${mutation}(id: $id${args}) { status level } }`;
const scoresOf = async (period: string) =>
  Object.fromEntries((await leader.data(SCORES, { period })).villageScores.nodes.map((n: { village: { name: string } }) => [n.village.name, n]));
const rows = (sql: string) => county.db.orm.em.getConnection().execute(sql);
/** Everything the assessment derives, less the time it was computed. */
const snapshot = async () => ({
  results:
    await rows(`select village_id, period, scheme_version, total, grade, vetoed, vetoes, items, combinations, explanation, digest, rank_township, township_size, rank_county
                         from assessment_result order by village_id, period`),
  lagging: await rows('select village_id, entered_period, reasons, exited_period from assessment_lagging order by village_id, entered_period'),
  rewards: await rows('select village_id, year, grade, recipient, cadre_id, amount from assessment_reward order by village_id, recipient'),
});
type Snapshot = Awaited<ReturnType<typeof snapshot>>;
const recomputeAll = async (schemeId: string) => office.data(`mutation($id: ID!) { recomputeAssessment(schemeId: $id) { period } }`, { id: schemeId });
/** The rows of other villages and periods, ranks aside (a vetoed village drops to the bottom and the others move up). */
const untouched = (s: Snapshot, villageId: number, periods: string[]) =>
  s.results.filter((r) => r.village_id !== villageId || !periods.includes(r.period)).map(({ rank_township: _t, rank_county: _c, ...rest }) => rest);

describe('a petition above county level vetoes the village at once', () => {
  let schemeId: string;
  let petitionId: string;

  it('escalating a complaint to ABOVE_COUNTY vetoes the quarter and year of receipt, with the petition as evidence', async () => {
    const { createAssessmentScheme } = await office.data(CREATE_SCHEME, {
      input: { orgUnitId: county.ids.countyId, year: Number(year), name: '测试县考核方案', definition: testDefinition(county.ids.east2Id) },
    });
    schemeId = createAssessmentScheme.id;
    await recomputeAll(schemeId);
    const before = await snapshot();
    expect((await scoresOf(quarter))['东一村'].vetoed).toBe(false);

    petitionId = (await office.data(REGISTER, { input: intake(county.ids.east1Id) })).registerComplaint.id;
    // Registered at township level: no veto, the results are as they were.
    expect(await snapshot()).toEqual(before);
    await office.data(step('escalateComplaint', ', level: ABOVE_COUNTY, note: "当事人赴市信访局上访"'), { id: petitionId });

    const evidence = { kind: 'PETITION_ABOVE_COUNTY', summary: '节育并发症：反映节育手术后遗症长期未得到处理', source: `complaint:${petitionId}` };
    for (const period of [quarter, year]) {
      const scores = await scoresOf(period);
      expect(scores['东一村'], period).toMatchObject({ vetoed: true, grade: 'FAIL', rankCounty: 3, rankTownship: 2, vetoReasons: [evidence] });
      expect(scores['东二村'], period).toMatchObject({ vetoed: false, rankTownship: 1 });
    }
    const { villageScore } = await leader.data(
      `query($v: ID!, $p: String!) { villageScore(villageId: $v, period: $p) { vetoed stale vetoReasons { kind occurredOn source } } }`,
      { v: county.ids.east1Id, p: quarter },
    );
    expect(villageScore).toEqual({
      vetoed: true,
      stale: false,
      vetoReasons: [{ kind: 'PETITION_ABOVE_COUNTY', occurredOn: day, source: `complaint:${petitionId}` }],
    });

    // Only 东一村's results of the quarter and the year changed; everyone else's only moved in rank.
    const after = await snapshot();
    expect(untouched(after, county.ids.east1Id, [quarter, year])).toEqual(untouched(before, county.ids.east1Id, [quarter, year]));
    // Idempotent: a full recompute finds nothing left to change.
    await recomputeAll(schemeId);
    expect(await snapshot()).toEqual(after);
  });

  it('keeps the veto through closing and reopening (the level only rises)', async () => {
    const vetoed = await snapshot();
    for (const [mutation, args] of [
      ['acceptComplaint', ''],
      ['startComplaint', ''],
      ['replyToComplaint', ', reply: "已安排县医院复查并落实治疗费用"'],
      ['followUpComplaint', ', input: { satisfaction: BASICALLY_SATISFIED, resolved: true }'],
      ['closeComplaint', ''],
    ])
      await office.data(step(mutation, args), { id: petitionId });
    await leader.data(step('reopenComplaint', ', reason: "当事人再次反映复查结果未告知"'), { id: petitionId });
    expect((await leader.data(`query($id: ID!) { complaint(id: $id) { status level } }`, { id: petitionId })).complaint).toEqual({
      status: 'IN_PROGRESS',
      level: 'ABOVE_COUNTY',
    });
    await recomputeAll(schemeId);
    expect(await snapshot()).toEqual(vetoed);
    expect((await scoresOf(quarter))['东一村']).toMatchObject({ vetoed: true, vetoReasons: [{ source: `complaint:${petitionId}` }] });
  });

  it('registering a complaint already above county level vetoes its village in the same request', async () => {
    const before = await snapshot();
    const { registerComplaint } = await office.data(REGISTER, { input: intake(county.ids.west1Id, 'ABOVE_COUNTY') });
    for (const period of [quarter, year]) {
      expect((await scoresOf(period))['西一村'], period).toMatchObject({
        vetoed: true,
        grade: 'FAIL',
        vetoReasons: [{ kind: 'PETITION_ABOVE_COUNTY', source: `complaint:${registerComplaint.id}` }],
      });
    }
    const after = await snapshot();
    expect(untouched(after, county.ids.west1Id, [quarter, year])).toEqual(untouched(before, county.ids.west1Id, [quarter, year]));
    await recomputeAll(schemeId);
    expect(await snapshot()).toEqual(after);
  });
});
