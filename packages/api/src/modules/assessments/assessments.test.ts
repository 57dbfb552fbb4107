import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.js';
import { seedSmallCounty, type SmallCounty } from '../../test/fixtures.js';
import { callerFor, errorOf, type Caller } from '../../test/graphql.js';
import { recomputeScores } from './index.js';
import { CREATE_SCHEME, SCORES, testDefinition } from './test/scheme-fixture.js';

let db: TestDatabase;
let ids: SmallCounty;
let office: Caller;
let leader: Caller;
let schemeId: string;
beforeAll(async () => {
  db = await createTestDatabase();
  ids = await seedSmallCounty(db.orm);
  office = await callerFor(db.orm, 'office');
  leader = await callerFor(db.orm, 'leader');
});
afterAll(() => db.close());

const rows = (sql: string, params: unknown[] = []) => db.orm.em.getConnection().execute(sql, params);
const scores = async (period = '2026-Q4') =>
  Object.fromEntries((await leader.data(SCORES, { period })).villageScores.nodes.map((n: { village: { name: string } }) => [n.village.name, n]));
const item = (score: { items: { code: string }[] }, code: string) => score.items.find((i) => i.code === code) as Record<string, unknown>;

describe('assessment of the small county (figures computed by hand, see test/scheme-fixture.ts)', () => {
  it('builds a scheme, grades the villages and ranks them', async () => {
    const { createAssessmentScheme } = await office.data(CREATE_SCHEME, {
      input: { orgUnitId: ids.countyId, year: 2026, name: '测试县2026年考核方案', definition: testDefinition(ids.east2Id) },
    });
    schemeId = createAssessmentScheme.id;
    const { createCheckRound } = await office.data(`mutation($input: CreateCheckRoundInput!) { createCheckRound(input: $input) { id } }`, {
      input: { schemeId, month: '2026-10', name: '10月平时考核' },
    });
    const grade = (villageId: number, g: string, reason: string) =>
      office.data(`mutation($input: RecordCheckValuesInput!) { recordCheckValues(input: $input) { id } }`, {
        input: { roundId: createCheckRound.id, villageId, values: [{ itemCode: 'G1', grade: g, reason }] },
      });
    await grade(ids.east1Id, 'A', '台账齐全');
    await grade(ids.west1Id, 'C', '台账不全');

    const q4 = await scores();
    expect(q4['东一村']).toMatchObject({ total: 87.19, grade: 'EXCELLENT', rankCounty: 1, rankTownship: 1, vetoed: false, schemeVersion: 1 });
    expect(q4['东二村']).toMatchObject({ total: 85, grade: 'GOOD', rankCounty: 2, rankTownship: 2 });
    expect(q4['西一村']).toMatchObject({ total: 84, grade: 'GOOD', rankCounty: 3, rankTownship: 1 });
  });

  it('explains every point: lower-is-better, overrides, missing data, grades and the stand-in', async () => {
    const q4 = await scores();
    expect(item(q4['东一村'], 'B1')).toMatchObject({
      points: 12.19,
      source: 'REPORTED',
      explanation: '出生率：上报出生率47.81‰（4/1004×12000）；A类村目标：≤40‰得满分20分，≥60‰不得分，其间按线性折算；得12.19分。',
    });
    expect(item(q4['东二村'], 'H1')).toMatchObject({
      points: 40,
      explanation: '健康查体率：上报健康查体率50%（15/30×100）；本村单列目标（外出务工妇女多）：≥50%得满分40分，≤20%不得分，其间按线性折算；得40分。',
    });
    expect(item(q4['东一村'], 'F1')).toMatchObject({
      points: 20,
      source: 'MISSING',
      explanation: '社会抚养费征收率：本期社会抚养费征收率无数据（分母为0），按满分20分计。',
    });
    expect(item(q4['东二村'], 'G1')).toMatchObject({ points: 0, explanation: '档案台账：本期未评定，不得分。' });
    expect(item(q4['西一村'], 'G1')).toMatchObject({ points: 7, explanation: '档案台账：10月平时考核评为C（台账不全）；按评定等级，得7分。' });
    expect(item(q4['西一村'], 'P1')).toMatchObject({ points: 5, source: 'STAND_IN' });
  });

  it('recomputes idempotently: the same inputs give the same rows', async () => {
    const snapshot = () =>
      rows(`select village_id, period, scheme_version, total, grade, vetoed, vetoes, items, combinations, explanation, rank_township, rank_county
                                   from assessment_result order by village_id, period`);
    await office.data(`mutation($id: ID!) { recomputeAssessment(schemeId: $id) { period villages } }`, { id: schemeId });
    const before = await snapshot();
    await office.data(`mutation($id: ID!) { recomputeAssessment(schemeId: $id) { period villages } }`, { id: schemeId });
    await office.data(`mutation($id: ID!) { recomputeAssessment(schemeId: $id, period: "2026-Q4") { period villages } }`, { id: schemeId });
    expect(await snapshot()).toEqual(before);
    expect(before.length).toBe(15); // 3 villages × (4 quarters + the year)
  });

  it('draws a reproducible spot check and weighs verified values against reported ones', async () => {
    const draw = `mutation($input: DrawSpotCheckInput!) { drawSpotCheck(input: $input) { id seed } }`;
    const input = { schemeId, month: '2026-10', name: '10月抽查', perTownship: 1, seed: 'test-seed' };
    const first = (await office.data(draw, { input })).drawSpotCheck;
    const second = (await office.data(draw, { input: { ...input, name: '重抽' } })).drawSpotCheck;
    const drawn = async (roundId: string) =>
      (await rows('select village_id from assessment_check_sample where round_id = ? order by village_id', [roundId])).map((r) => r.village_id);
    expect(await drawn(second.id)).toEqual(await drawn(first.id));
    expect(await drawn(first.id)).toHaveLength(2); // one per township
    expect(await drawn(first.id)).toContain(ids.west1Id);

    // 西一村 reported 90% health checks; the inspectors find 70%: spot points (70−50)/40 × 40 = 20,
    // 0.6 × 40 + 0.4 × 20 = 32; discrepancy |90 − 70| / 70 = 28.57%.
    await office.data(`mutation($input: RecordCheckValuesInput!) { recordCheckValues(input: $input) { id } }`, {
      input: { roundId: first.id, villageId: ids.west1Id, values: [{ itemCode: 'H1', verifiedValue: 70, reason: '查体记录缺3人' }] },
    });
    const west = (await scores())['西一村'];
    expect(item(west, 'H1')).toMatchObject({ points: 32, source: 'VERIFIED' });
    expect(west.total).toBe(76);
    const { spotCheckSamples } = await leader.data(
      `query($r: ID!) { spotCheckSamples(first: 10, roundId: $r, discrepantOnly: true) { nodes { village { name } round { id scheme { id } } discrepancyRate values { itemCode reportedValue verifiedValue } } } }`,
      { r: first.id },
    );
    expect(spotCheckSamples.nodes).toEqual([
      {
        village: { name: '西一村' },
        round: { id: first.id, scheme: { id: String(input.schemeId) } },
        discrepancyRate: 28.57,
        values: [{ itemCode: 'H1', reportedValue: 90, verifiedValue: 70 }],
      },
    ]);
  });

  it("shows a village's own targets only to viewers whose scope holds the village", async () => {
    const OVERRIDES = `query($id: ID!) { assessmentScheme(id: $id) { definition { overrides { villageId reason } } } }`;
    const seen = async (caller: Caller) => (await caller.data(OVERRIDES, { id: schemeId })).assessmentScheme.definition.overrides;
    expect(await seen(leader)).toEqual([{ villageId: String(ids.east2Id), reason: '外出务工妇女多' }]);
    // The village officer of 东一村 reads the county's scheme but not 东二村's override.
    expect(await seen(await callerFor(db.orm, 'village'))).toEqual([]);
  });

  it('vetoes a village whatever its points and ranks it last', async () => {
    const { recordVetoEvent } = await office.data(`mutation($input: RecordVetoEventInput!) { recordVetoEvent(input: $input) { id } }`, {
      input: { villageId: ids.east1Id, kind: 'PETITION_ABOVE_COUNTY', occurredOn: '2026-10-05', summary: '村民赴省上访', evidence: '省信访局交办单12号' },
    });
    const q4 = await scores();
    expect(q4['东一村']).toMatchObject({
      total: 87.19,
      grade: 'FAIL',
      vetoed: true,
      rankCounty: 3,
      rankTownship: 2,
      vetoReasons: [{ kind: 'PETITION_ABOVE_COUNTY', summary: '村民赴省上访', source: `veto_event:${recordVetoEvent.id}` }],
    });
    expect(q4['东二村']).toMatchObject({ rankCounty: 1, rankTownship: 1 });
    const year = (await scores('2026'))['东一村'];
    expect(year).toMatchObject({ vetoed: true, grade: 'FAIL' });
    const { laggingVillages } = await leader.data(`{ laggingVillages(first: 10) { nodes { village { name } enteredPeriod reasons exitedPeriod } } }`);
    // The quarters before the fixture's statistics score too little to pass, so every village entered
    // in Q1; 东一村 then never had the two clean quarters in a row it needs to leave (Q4 is vetoed).
    expect(laggingVillages.nodes).toContainEqual({ village: { name: '东一村' }, enteredPeriod: '2026-Q1', reasons: ['FAILED'], exitedPeriod: null });
  });

  it('settles rewards and penalties on the annual result, shared by the stationed cadre, due by the end of February', async () => {
    const { assessmentRewards, rewardTotals } = await leader.data(`{
      assessmentRewards(first: 20, year: 2026) { nodes { village { name } recipient cadreName amount dueOn status } }
      rewardTotals(year: 2026) { status count rewards penalties }
    }`);
    expect(assessmentRewards.nodes).toContainEqual({
      village: { name: '东一村' },
      recipient: 'VILLAGE',
      cadreName: null,
      amount: -1000,
      dueOn: '2027-02-28',
      status: 'DUE',
    });
    expect(assessmentRewards.nodes).toContainEqual({
      village: { name: '东一村' },
      recipient: 'CADRE',
      cadreName: '王东',
      amount: -500,
      dueOn: '2027-02-28',
      status: 'DUE',
    });
    expect(rewardTotals.find((t: { status: string }) => t.status === 'DUE').penalties).toBe(1500);
  });

  it('charges the cadre stationed in the assessed year, not whoever is stationed on the day of recomputing', async () => {
    // 王东 leaves 东一村 at the end of September; 李西 covers October to mid-November and leaves too.
    const [west] = await rows(`select id from cadre where name = '李西'`);
    await rows(`update cadre_assignment set end_date = '2026-09-30' where org_unit_id = ? and role = 'STATIONED_CADRE' and end_date is null`, [ids.east1Id]);
    await rows(
      `insert into cadre_assignment (cadre_id, org_unit_id, role, start_date, end_date, created_at) values (?, ?, 'STATIONED_CADRE', '2026-10-01', '2026-11-15', now())`,
      [west.id, ids.east1Id],
    );
    await office.data(`mutation($id: ID!) { recomputeAssessment(schemeId: $id, period: "2026") { period } }`, { id: schemeId });
    const { assessmentRewards } = await leader.data(`{ assessmentRewards(first: 20, year: 2026) { nodes { village { name } recipient cadreName } } }`);
    expect(assessmentRewards.nodes).toContainEqual({ village: { name: '东一村' }, recipient: 'CADRE', cadreName: '李西' });
    await rows(`delete from cadre_assignment where org_unit_id = ? and start_date = '2026-10-01'`, [ids.east1Id]);
    await rows(`update cadre_assignment set end_date = null where org_unit_id = ? and role = 'STATIONED_CADRE' and end_date = '2026-09-30'`, [ids.east1Id]);
    await office.data(`mutation($id: ID!) { recomputeAssessment(schemeId: $id, period: "2026") { period } }`, { id: schemeId });
  });

  it('lets the village appeal a veto and a leader uphold it, which sets the evidence aside', async () => {
    const village = await callerFor(db.orm, 'village');
    const { fileAppeal } = await village.data(
      `mutation { fileAppeal(input: { villageId: ${ids.east1Id}, period: "2026-Q4", kind: VETO, reason: "上访人非本村村民" }) { id status evidence } }`,
    );
    expect(fileAppeal.status).toBe('PENDING');
    const decide = `mutation($id: ID!) { decideAppeal(id: $id, input: { upheld: true, reason: "经核查上访人户籍不在本村" }) { status decision decidedBy } }`;
    expect(errorOf(await office.run(decide, { id: fileAppeal.id }))?.code).toBe('FORBIDDEN');
    expect((await leader.data(decide, { id: fileAppeal.id })).decideAppeal).toEqual({
      status: 'UPHELD',
      decision: '经核查上访人户籍不在本村',
      decidedBy: 'leader',
    });
    expect((await scores())['东一村']).toMatchObject({ vetoed: false, grade: 'EXCELLENT', rankCounty: 1 });
    expect(errorOf(await leader.run(decide, { id: fileAppeal.id }))?.code).toBe('CONFLICT');
  });

  it('plugs other features in through evidence sources: satisfaction feeds points, a petition vetoes', async () => {
    const summary = await db.orm.em.fork().transactional((tx) =>
      recomputeScores(tx, Number(schemeId), '2026-Q4', {
        publicEvaluation: async (_em, villageIds) =>
          new Map(
            villageIds
              .filter((id) => id === ids.west1Id)
              .map((id) => [id, { villageId: id, satisfied: 16, valid: 20, rate: 0.8, low: 0.58, high: 0.92, rankable: true, campaignIds: [1] }]),
          ),
        veto: [
          async (_em, villageIds, from, to) => {
            expect([from, to]).toEqual(['2026-10-01', '2026-12-31']);
            return new Map(
              villageIds
                .filter((id) => id === ids.east2Id)
                .map((id) => [id, [{ kind: 'PETITION_ABOVE_COUNTY' as const, occurredOn: '2026-11-02', summary: '赴京上访', source: 'complaint:7' }]]),
            );
          },
        ],
      }),
    );
    expect(summary).toMatchObject({ villages: 3, vetoed: 1 });
    const q4 = await scores();
    // (80 − 50) / (90 − 50) × 10 = 7.5 instead of the stand-in's 5.
    expect(item(q4['西一村'], 'P1')).toMatchObject({ points: 7.5, source: 'SURVEY' });
    expect(item(q4['西一村'], 'P1').explanation).toContain('问卷满意率80%（满意及基本满意16/有效20，95%区间58%–92%）');
    expect(q4['东二村']).toMatchObject({
      vetoed: true,
      grade: 'FAIL',
      vetoReasons: [{ kind: 'PETITION_ABOVE_COUNTY', summary: '赴京上访', source: 'complaint:7' }],
    });
  });

  it('keeps versions: an edit bumps the version, results name the version they used until recomputed', async () => {
    const update = `mutation($id: ID!, $input: UpdateSchemeInput!) { updateAssessmentScheme(id: $id, input: $input) { version versions { version note } } }`;
    const { updateAssessmentScheme } = await office.data(update, {
      id: schemeId,
      input: { note: '调整优秀线', definition: { ...testDefinition(ids.east2Id), thresholds: { excellent: 88, good: 80, pass: 60 } } },
    });
    expect(updateAssessmentScheme).toMatchObject({ version: 2, versions: [{ version: 1 }, { version: 2, note: '调整优秀线' }] });
    expect((await scores())['东一村'].schemeVersion).toBe(1);
    await office.data(`mutation($id: ID!) { recomputeAssessment(schemeId: $id, period: "2026-Q4") { schemeVersion } }`, { id: schemeId });
    expect((await scores())['东一村']).toMatchObject({ schemeVersion: 2, grade: 'GOOD' });
    const { copyAssessmentScheme } = await office.data(
      `mutation($id: ID!) { copyAssessmentScheme(fromId: $id, year: 2027) { year version copiedFromId name } }`,
      { id: schemeId },
    );
    expect(copyAssessmentScheme).toEqual({ year: 2027, version: 1, copiedFromId: schemeId, name: '测试县2027年考核方案' });
  });

  it('refuses bad schemes naming the field, other roles, and audits every change', async () => {
    const bad = { ...testDefinition(ids.east2Id), thresholds: { excellent: 50, good: 80, pass: 60 } };
    expect(errorOf(await office.run(CREATE_SCHEME, { input: { orgUnitId: ids.eastId, year: 2026, name: 'x', definition: bad } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.definition.thresholds',
    });
    expect(
      errorOf(await office.run(CREATE_SCHEME, { input: { orgUnitId: ids.countyId, year: 2026, name: 'x', definition: testDefinition(ids.east2Id) } }))?.code,
    ).toBe('CONFLICT');
    for (const username of ['analyst', 'department', 'village', 'admin']) {
      const result = await (
        await callerFor(db.orm, username)
      ).run(CREATE_SCHEME, { input: { orgUnitId: ids.countyId, year: 2030, name: 'x', definition: testDefinition(ids.east2Id) } });
      expect(errorOf(result)?.code, username).toBe('FORBIDDEN');
    }
    const actions = (await rows(`select distinct action from audit_record order by action`)).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'createAssessmentScheme',
        'updateAssessmentScheme',
        'copyAssessmentScheme',
        'createCheckRound',
        'recordCheckValues',
        'drawSpotCheck',
        'recordVetoEvent',
        'recomputeAssessment',
        'fileAppeal',
        'decideAppeal',
      ]),
    );
  });
});

describe('a village officer sees only their own village through every assessment path', () => {
  it('lists, score cards, history, rankings, samples, vetoes, lagging, rewards and appeals', async () => {
    const village = await callerFor(db.orm, 'village');
    const data = await village.data(
      `query($other: ID!, $own: ID!) {
      villageScores(first: 10, period: "2026-Q4") { totalCount nodes { village { name } } }
      other: villageScore(villageId: $other, period: "2026-Q4") { total }
      own: villageScore(villageId: $own, period: "2026-Q4") { total }
      townshipRanking(period: "2026-Q4") { position }
      spotCheckSamples(first: 10) { totalCount }
      vetoEvents(first: 10) { nodes { village { name } } }
      laggingVillages(first: 10, currentOnly: false) { nodes { village { name } } }
      assessmentRewards(first: 10, year: 2026) { nodes { village { name } } }
      assessmentAppeals(first: 10) { nodes { village { name } } }
      assessmentOverview(period: "2026-Q4") { villages }
    }`,
      { other: ids.east2Id, own: ids.east1Id },
    );
    expect(data.villageScores).toEqual({ totalCount: 1, nodes: [{ village: { name: '东一村' } }] });
    expect(data.other).toBeNull();
    expect(data.own).not.toBeNull();
    expect(data.townshipRanking).toEqual([]);
    expect(data.spotCheckSamples.totalCount).toBe(0);
    for (const list of [data.vetoEvents, data.laggingVillages, data.assessmentRewards, data.assessmentAppeals]) {
      expect(list.nodes.every((n: { village: { name: string } }) => n.village.name === '东一村')).toBe(true);
    }
    expect(data.assessmentOverview.villages).toBe(1);
    expect(errorOf(await village.run(`query($id: ID!) { village(id: $id) { assessmentHistory { period } } }`, { id: ids.west1Id }))?.code).toBe('NOT_FOUND');
    expect(
      errorOf(await village.run(`mutation { fileAppeal(input: { villageId: ${ids.west1Id}, period: "2026-Q4", kind: GRADE, reason: "x" }) { id } }`))?.code,
    ).toBe('NOT_FOUND');
  });
});
