import { beforeAll, describe, expect, it } from 'vitest';
import { withSmallCounty } from '../../test/fixtures.js';
import { callerAs, errorOf } from '../../test/graphql.js';
import { seedComplaints, seedFeeSurge, type ComplaintFixture } from './complaints.fixture.js';

/** Every figure below is worked out by hand from the table in complaints.fixture.ts. */
const county = withSmallCounty();
const leader = callerAs('leader', () => county.db.orm);
let fixture: ComplaintFixture;
beforeAll(async () => {
  fixture = await seedComplaints(county.db.orm, county.ids);
});

const OCTOBER = '{ from: "2026-10", to: "2026-10" }';
const rateOf = (summary: { rates: { key: string }[] }, key: string) => summary.rates.find((r) => r.key === key);

describe('rates (hotline definitions)', () => {
  it('computes the four rates of the county for October with their counts', async () => {
    const { complaintRates } = await leader.data(
      `query($id: ID!) { complaintRates(orgUnitId: $id, period: ${OCTOBER}) {
      orgUnit { name } month received open overdue
      counts { acceptanceDue acceptedOnTime replyDue repliedOnTime reached resolved satisfied }
      rates { key value numerator denominator reliable } } }`,
      { id: county.ids.countyId },
    );
    const [summary] = complaintRates;
    // #1–#6 and #9. Open: #3 (replied), #4, #5, #9. Overdue: #4 and #9 (no reply), #5 (not accepted).
    expect(summary).toMatchObject({ orgUnit: { name: '测试县' }, month: null, received: 7, open: 4, overdue: 3 });
    expect(summary.counts).toEqual({ acceptanceDue: 7, acceptedOnTime: 5, replyDue: 7, repliedOnTime: 3, reached: 3, resolved: 2, satisfied: 2 });
    expect(rateOf(summary, 'RESPONSE_RATE')).toEqual({ key: 'RESPONSE_RATE', value: 71.43, numerator: 5, denominator: 7, reliable: true });
    expect(rateOf(summary, 'ON_TIME_RATE')).toMatchObject({ value: 42.86, numerator: 3, denominator: 7 });
    // Follow-ups that reached the person: #1 satisfied/solved, #2 dissatisfied/unsolved, #6 basically/solved.
    expect(rateOf(summary, 'RESOLUTION_RATE')).toMatchObject({ value: 66.67, numerator: 2, denominator: 3, reliable: false });
    expect(rateOf(summary, 'SATISFACTION_RATE')).toMatchObject({ value: 66.67, numerator: 2, denominator: 3 });
  });

  it('breaks them down by township and by month', async () => {
    const { byTownship, byMonth } = await leader.data(
      `query($id: ID!) {
      byTownship: complaintRates(orgUnitId: $id, period: ${OCTOBER}, breakdown: TOWNSHIP) { orgUnit { name } received rate(key: RESPONSE_RATE) { value } onTime: rate(key: ON_TIME_RATE) { value } satisfaction: rate(key: SATISFACTION_RATE) { value } }
      byMonth: complaintRates(orgUnitId: $id, period: { from: "2026-08", to: "2026-10" }, byMonth: true) { month received } }`,
      { id: county.ids.countyId },
    );
    expect(byTownship).toEqual([
      // 东镇 #1–#5: accepted on time #1 #3 #4 of 5; replied on time #1 #3 of 5; satisfied #1 of #1 #2.
      { orgUnit: { name: '东镇' }, received: 5, rate: { value: 60 }, onTime: { value: 40 }, satisfaction: { value: 50 } },
      { orgUnit: { name: '西乡' }, received: 2, rate: { value: 100 }, onTime: { value: 50 }, satisfaction: { value: 100 } },
    ]);
    expect(byMonth).toEqual([
      { month: '2026-09', received: 1 },
      { month: '2026-10', received: 7 },
    ]);
  });
});

describe('hotspots', () => {
  it('counts village × category per 10,000 people, against the month before and a year before', async () => {
    const { complaintHotspots } = await leader.data(
      `query($id: ID!) { complaintHotspots(orgUnitId: $id, period: ${OCTOBER}) {
      previousFrom previousTo rule
      cells { orgUnit { name } category month count previousCount lastYearCount population per10k previousPer10k changeRate lastYearChangeRate } } }`,
      { id: county.ids.countyId },
    );
    expect(complaintHotspots).toMatchObject({ previousFrom: '2026-09', previousTo: '2026-09' });
    const cells = complaintHotspots.cells.map((c: Record<string, unknown>) => [(c.orgUnit as { name: string }).name, c.category, c.count, c.per10k]);
    expect(cells).toEqual([
      // Ties by unit, then category name.
      ['西一村', 'FLOATING_POPULATION', 1, 20],
      ['西一村', 'OTHER', 1, 20],
      ['东一村', 'MAINTENANCE_FEE', 2, 19.92],
      ['东一村', 'CONTRACEPTION_COMPLICATION', 1, 9.96],
      ['东二村', 'MAINTENANCE_FEE', 1, 5],
      ['东二村', 'STAFF_CONDUCT', 1, 5],
    ]);
    // 2 in October, 1 in September (#7), 1 in October 2025 (#8): +100% on both; 1004 people.
    expect(complaintHotspots.cells.find((c: { category: string; count: number }) => c.category === 'MAINTENANCE_FEE' && c.count === 2)).toEqual({
      orgUnit: { name: '东一村' },
      category: 'MAINTENANCE_FEE',
      month: null,
      count: 2,
      previousCount: 1,
      lastYearCount: 1,
      population: 1004,
      per10k: 19.92,
      previousPer10k: 9.96,
      changeRate: 1,
      lastYearChangeRate: 1,
    });
  });

  it('keeps only the cells of the hottest units when asked, with the same figures, each naming its unit and parent', async () => {
    const query = `query($id: ID!, $top: Int) { complaintHotspots(orgUnitId: $id, period: ${OCTOBER}, topUnits: $top) {
      cells { orgUnit { name code kind parent { name } } category count previousCount per10k changeRate } } }`;
    const all = (await leader.data(query, { id: county.ids.countyId })).complaintHotspots.cells;
    const top = (await leader.data(query, { id: county.ids.countyId, top: 2 })).complaintHotspots.cells;
    // Per village, the per10k of its cells added up: 西一村 20 + 20, 东一村 19.92 + 9.96, 东二村 5 + 5.
    expect(top).toEqual(all.filter((c: { orgUnit: { name: string } }) => c.orgUnit.name !== '东二村'));
    expect(top.length).toBe(4);
    expect(top[0].orgUnit).toEqual({ name: '西一村', code: '371199002001', kind: 'VILLAGE_COMMITTEE', parent: { name: '西乡' } });
    expect(errorOf(await leader.run(query, { id: county.ids.countyId, top: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'topUnits' });
  });

  it('adds categories together by township, and gives monthly cells with their previous month', async () => {
    const { townships, monthly } = await leader.data(
      `query($id: ID!) {
      townships: complaintHotspots(orgUnitId: $id, period: ${OCTOBER}, breakdown: TOWNSHIP, byCategory: false) { cells { orgUnit { name } category count population per10k previousCount lastYearCount } }
      monthly: complaintHotspots(orgUnitId: $id, period: { from: "2026-09", to: "2026-10" }, breakdown: WHOLE, byCategory: false, byMonth: true) { cells { month count previousCount lastYearCount changeRate } } }`,
      { id: county.ids.countyId },
    );
    expect(townships.cells).toEqual([
      { orgUnit: { name: '西乡' }, category: null, count: 2, population: 500, per10k: 40, previousCount: 0, lastYearCount: 0 },
      // 5 × 10,000 / 3,004 = 16.644…
      { orgUnit: { name: '东镇' }, category: null, count: 5, population: 3004, per10k: 16.64, previousCount: 1, lastYearCount: 1 },
    ]);
    expect(monthly.cells).toEqual([
      { month: '2026-09', count: 1, previousCount: 0, lastYearCount: 0, changeRate: null },
      { month: '2026-10', count: 7, previousCount: 1, lastYearCount: 1, changeRate: 6 },
    ]);
  });
});

describe('rankings and caseload', () => {
  it('leaves villages with too few cases out of the ranking', async () => {
    const query = `query($id: ID!, $min: Int) { complaintRanking(orgUnitId: $id, period: ${OCTOBER}, key: RESPONSE_RATE, minCases: $min) {
      minCases rankedCount unrankedCount entries { rank value numerator denominator village { name } } } }`;
    const strict = (await leader.data(query, { id: county.ids.countyId })).complaintRanking;
    expect(strict).toMatchObject({ minCases: 5, rankedCount: 0, unrankedCount: 3, entries: [] });
    const loose = (await leader.data(query, { id: county.ids.countyId, min: 2 })).complaintRanking;
    expect(loose.entries).toEqual([
      { rank: 1, value: 100, numerator: 2, denominator: 2, village: { name: '西一村' } },
      { rank: 2, value: 66.67, numerator: 2, denominator: 3, village: { name: '东一村' } },
      { rank: 3, value: 50, numerator: 1, denominator: 2, village: { name: '东二村' } },
    ]);
    const three = (await leader.data(query, { id: county.ids.countyId, min: 3 })).complaintRanking;
    expect(three).toMatchObject({ rankedCount: 1, unrankedCount: 2, entries: [{ village: { name: '东一村' } }] });
  });

  it('lists villages with overdue and repeat cases, most overdue first', async () => {
    const { complaintCaseload } = await leader.data(
      `query($id: ID!) { complaintCaseload(orgUnitId: $id, period: ${OCTOBER}) {
      orgUnit { name } received open overdue repeatCases repeatComplainants } }`,
      { id: county.ids.countyId },
    );
    expect(complaintCaseload).toEqual([
      { orgUnit: { name: '东二村' }, received: 2, open: 2, overdue: 2, repeatCases: 0, repeatComplainants: 0 },
      // 张甲 complained three times (#1, #2 here, #9 in 西一村).
      { orgUnit: { name: '西一村' }, received: 2, open: 1, overdue: 1, repeatCases: 1, repeatComplainants: 1 },
      { orgUnit: { name: '东一村' }, received: 3, open: 1, overdue: 0, repeatCases: 2, repeatComplainants: 1 },
    ]);
  });

  it('counts open and overdue complaints on the overview tile', async () => {
    const { complaintOverview } = await leader.data(`query($id: ID!) { complaintOverview(orgUnitId: $id) { open overdue topics { month } } }`, {
      id: county.ids.countyId,
    });
    expect(complaintOverview).toMatchObject({ open: 4, overdue: 3 });
  });
});

describe('rising topics (run last: they add complaints)', () => {
  it('proposes no topic while no category has grown enough', async () => {
    const { complaintTopics } = await leader.data(
      `query($id: ID!) { complaintTopics(orgUnitId: $id, month: "2026-10") { proposed { category } topics { category count rising } } }`,
      { id: county.ids.countyId },
    );
    expect(complaintTopics.proposed).toBeNull();
    expect(complaintTopics.topics[0]).toEqual({ category: 'MAINTENANCE_FEE', count: 3, rising: false });
  });

  it('proposes the fastest-rising category with the figures behind it', async () => {
    await seedFeeSurge(county.db.orm, county.ids);
    const { complaintTopics } = await leader.data(
      `query($id: ID!) { complaintTopics(orgUnitId: $id, month: "2026-10") {
      month baselineFrom baselineTo rule
      proposed { category count baselineTotal baseline growth rising lastYearCount per10k topUnits { orgUnit { name } count } }
      topics { category rising } } }`,
      { id: county.ids.countyId },
    );
    expect(complaintTopics).toMatchObject({ month: '2026-10', baselineFrom: '2026-07', baselineTo: '2026-09' });
    // 6 in October against 1 in July–September (a mean of 0.33): growth (6 − 0.333) / 1 = 5.6667. 6 × 10,000 / 3,504 people = 17.12.
    expect(complaintTopics.proposed).toEqual({
      category: 'MAINTENANCE_FEE',
      count: 6,
      baselineTotal: 1,
      baseline: 0.33,
      growth: 5.6667,
      rising: true,
      lastYearCount: 1,
      per10k: 17.12,
      topUnits: [{ orgUnit: { name: '东镇' }, count: 6 }],
    });
    expect(complaintTopics.topics.filter((t: { rising: boolean }) => t.rising)).toHaveLength(1);
    expect(fixture.ids).toHaveLength(9);
  });
});
