import { beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE, seedComplaints, type ComplaintFixture } from '../modules/complaints/complaints.fixture.js';
import { withSmallCounty } from '../test/fixtures.js';
import { callerAs, type FormattedResult } from '../test/graphql.js';

const county = withSmallCounty();
let complaints: ComplaintFixture;
beforeAll(async () => {
  complaints = await seedComplaints(county.db.orm, county.ids);
});
const village = callerAs('village', () => county.db.orm); // 东一村
const leader = callerAs('leader', () => county.db.orm);

const MISSING = 2_147_483_647;
const PERIOD = { from: '2026-09', to: '2026-10' };
const UNIT_NAMES = ['测试县', '东镇', '西乡', '东一村', '东二村', '西一村'];

/** Every root field that takes one id, with the rest of its arguments filled in. */
const BY_ID: [string, string, Record<string, unknown>][] = [
  ['orgUnit', `query($id: ID!) { orgUnit(id: $id) { id } }`, {}],
  ['township', `query($id: ID!) { township(id: $id) { id } }`, {}],
  ['village', `query($id: ID!) { village(id: $id) { id } }`, {}],
  ['indicators', `query($id: ID!, $p: PeriodInput!) { indicators(orgUnitId: $id, period: $p) { __typename } }`, { p: PERIOD }],
  ['indicatorSeries', `query($id: ID!, $p: PeriodInput!) { indicatorSeries(orgUnitId: $id, period: $p) { __typename } }`, { p: PERIOD }],
  ['indicatorBreakdown', `query($id: ID!, $p: PeriodInput!) { indicatorBreakdown(parentId: $id, period: $p) { __typename } }`, { p: PERIOD }],
  ['complaintOverview', `query($id: ID!) { complaintOverview(orgUnitId: $id) { __typename } }`, {}],
  ['complaintHotspots', `query($id: ID!, $p: PeriodInput!) { complaintHotspots(orgUnitId: $id, period: $p) { __typename } }`, { p: PERIOD }],
  ['complaintRates', `query($id: ID!, $p: PeriodInput!) { complaintRates(orgUnitId: $id, period: $p) { __typename } }`, { p: PERIOD }],
  ['complaintCaseload', `query($id: ID!, $p: PeriodInput!) { complaintCaseload(orgUnitId: $id, period: $p) { __typename } }`, { p: PERIOD }],
  ['complaintTopics', `query($id: ID!) { complaintTopics(orgUnitId: $id) { __typename } }`, {}],
  ['complaintHandlers', `query($id: ID!) { complaintHandlers(villageId: $id) { __typename } }`, {}],
  ['satisfactionTrend', `query($id: ID!) { satisfactionTrend(orgUnitId: $id) { __typename } }`, {}],
  ['nextMeeting', `query($id: ID!) { nextMeeting(townshipId: $id) { __typename } }`, {}],
  ['draftAgenda', `query($id: ID!) { draftAgenda(townshipId: $id, month: "2026-10") { __typename } }`, {}],
  ['supervisionBulletin', `query($id: ID!) { supervisionBulletin(townshipId: $id, month: "2026-10") { __typename } }`, {}],
  ['villageScore', `query($id: ID!) { villageScore(villageId: $id, period: "2026-Q4") { __typename } }`, {}],
];

/** What a refusal says, with the id asked for taken out: out of scope and missing must read the same. */
const answer = (result: FormattedResult<unknown>, id: number) => {
  const error = result.errors?.[0];
  return error ? { code: error.extensions?.code, message: error.message.replaceAll(String(id), '<id>') } : { data: result.data };
};

describe('a village officer asking for what lies outside their village', () => {
  it.each(BY_ID)('%s answers as for an id that does not exist, naming no unit', async (_, document, rest) => {
    const missing = answer(await village.run(document, { ...rest, id: MISSING }), MISSING);
    for (const id of [county.ids.westId, county.ids.west1Id, county.ids.east2Id]) {
      const outside = answer(await village.run(document, { ...rest, id }), id);
      expect(outside, `id ${id}`).toEqual(missing);
      for (const name of UNIT_NAMES) expect(JSON.stringify(outside)).not.toContain(name);
    }
  });

  it('gets the same answer for a complaint, a person file or a cadre of another village as for a missing one', async () => {
    const [cadre] = await county.db.orm.em
      .getConnection()
      .execute(
        `insert into cadre (name, gender, unit_id, roles, phone, created_at, updated_at) values ('孙西一', 'FEMALE', ?, '{VILLAGE_OFFICER}', '13800000009', now(), now()) returning id`,
        [county.ids.west1Id],
      );
    const cases: [string, number][] = [
      [`query($id: ID!) { complaint(id: $id) { id } }`, complaints.ids[5]],
      [`query($id: ID!) { complainant(id: $id) { id } }`, complaints.ids[5]],
      [`query($id: ID!) { cadre(id: $id) { id } }`, Number(cadre.id)],
    ];
    for (const [document, id] of cases)
      expect(answer(await village.run(document, { id }), id), document).toEqual(answer(await village.run(document, { id: MISSING }), MISSING));
  });
});

describe('registering a complaint', () => {
  const REGISTER = `mutation($input: RegisterComplaintInput!) {
    registerComplaint(input: $input) { id complainant { id complaintCount } complainantComplaintCount repeat }
  }`;
  const register = (phone: string) =>
    village.data(REGISTER, {
      input: { villageId: county.ids.east1Id, channel: 'VISIT', category: 'OTHER', description: '村民来访反映情况', complainantPhone: phone },
    });

  it('tells a village officer nothing of the same person’s complaints elsewhere', async () => {
    // 赵丁 complained only about 西一村; the other number has never been seen.
    const known = (await register(PEOPLE.ding.phone)).registerComplaint;
    const unknown = (await register('13911112222')).registerComplaint;
    for (const complaint of [known, unknown]) {
      expect(complaint).toMatchObject({ complainant: { id: complaint.id, complaintCount: 1 }, complainantComplaintCount: 1, repeat: false });
    }
    const elsewhere = `query($id: ID!) { complaints(first: 10, filter: { complainantId: $id }) { totalCount } }`;
    expect((await village.data(elsewhere, { id: complaints.ids[5] })).complaints.totalCount).toBe(0);

    // The county leader sees one file: 赵丁's first complaint names it, and it holds both.
    const { complaint } = await leader.data(`query($id: ID!) { complaint(id: $id) { complainant { id complaintCount } } }`, { id: known.id });
    expect(complaint.complainant).toEqual({ id: String(complaints.ids[5]), complaintCount: 2 });
    expect((await leader.data(elsewhere, { id: complaints.ids[5] })).complaints.totalCount).toBe(2);
  });
});
