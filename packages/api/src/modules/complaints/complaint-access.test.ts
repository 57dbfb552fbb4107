import { beforeAll, describe, expect, it } from 'vitest';
import { withSmallCounty } from '../../test/fixtures.js';
import { callerAs, errorOf } from '../../test/graphql.js';
import { PEOPLE, seedComplaints, type ComplaintFixture } from './complaints.fixture.js';

/**
 * Who sees what. Identity (names, phones, ID numbers) shows to leaders, office staff and the
 * complaint's owner only, on every path that returns complaints; the `village` user (东一村)
 * reaches nothing of other villages.
 */
const county = withSmallCounty();
const as = (username: string) => callerAs(username, () => county.db.orm);
const [leader, office, village, analyst, department] = ['leader', 'office', 'village', 'analyst', 'department'].map(as);
let fixture: ComplaintFixture;
let ownId: string;

const SECRETS = Object.values(PEOPLE).flatMap((p) => Object.values(p));
const IDENTITY = 'complainantName complainantPhone complainantIdNumber identityVisible';
/** Every path that returns complaints, in one operation. */
const EVERY_PATH = `query($id: ID!, $person: ID!, $village: ID!) {
  list: complaints(first: 100) { nodes { id ${IDENTITY} duplicateOf { ${IDENTITY} } } }
  single: complaint(id: $id) { ${IDENTITY} complainant { name complaints(first: 10) { nodes { ${IDENTITY} } } } }
  person: complainant(id: $person) { name complaints(first: 10) { nodes { ${IDENTITY} } } }
  village(id: $village) { recentComplaints(first: 20) { ${IDENTITY} } }
  complaintAccountabilities(first: 10) { nodes { complaint { ${IDENTITY} } } }
}`;

beforeAll(async () => {
  fixture = await seedComplaints(county.db.orm, county.ids);
  // An accountability record on #2 (replied late), so the nested path has something to show.
  await leader.data(`mutation($id: ID!) { recordComplaintAccountability(input: { complaintId: $id, reason: LATE_REPLY, note: "超期答复" }) { id } }`, {
    id: fixture.ids[1],
  });
  await leader.data(`mutation($id: ID!) { recordComplaintAccountability(input: { complaintId: $id, reason: OVERDUE, note: "逾期未答复" }) { id } }`, {
    id: fixture.ids[3],
  });
  // A complaint the village officer takes in (and so owns) about the same person as #1.
  const { registerComplaint } = await village.data(`mutation($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }`, {
    input: {
      villageId: county.ids.east1Id,
      channel: 'CADRE_VISIT',
      category: 'MAINTENANCE_FEE',
      description: '下访时群众再次反映抚养费问题',
      complainantName: PEOPLE.jia.name,
      complainantPhone: PEOPLE.jia.phone,
    },
  });
  ownId = registerComplaint.id;
});

const everyPath = (caller: ReturnType<typeof as>) => caller.data(EVERY_PATH, { id: fixture.ids[0], person: fixture.jiaId, village: county.ids.east1Id });

describe('complainant identity', () => {
  it.each([
    ['analyst', analyst],
    ['department', department],
  ])('is masked for %s on every path', async (_, caller) => {
    const data = await everyPath(caller);
    const text = JSON.stringify(data);
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
    expect(data.single).toMatchObject({ complainantName: '张*', complainantPhone: '***********', complainantIdNumber: null, identityVisible: false });
    expect(data.person.name).toBe('张*');
    expect(data.list.nodes.length).toBe(10);
  });

  it('is shown to leaders and office staff', async () => {
    for (const caller of [leader, office]) {
      const data = await everyPath(caller);
      expect(data.single).toMatchObject({ complainantName: PEOPLE.jia.name, complainantPhone: PEOPLE.jia.phone, identityVisible: true });
      expect(data.person.complaints.nodes.map((n: { complainantIdNumber: string | null }) => n.complainantIdNumber)).toContain(PEOPLE.jia.idNumber);
    }
  });

  it('is shown to the owner on their own complaint only', async () => {
    const { mine, theirs } = await village.data(
      `query($mine: ID!, $theirs: ID!) { mine: complaint(id: $mine) { ${IDENTITY} } theirs: complaint(id: $theirs) { ${IDENTITY} } }`,
      { mine: ownId, theirs: fixture.ids[0] },
    );
    expect(mine).toEqual({ complainantName: PEOPLE.jia.name, complainantPhone: PEOPLE.jia.phone, complainantIdNumber: null, identityVisible: true });
    expect(theirs).toEqual({ complainantName: '张*', complainantPhone: '***********', complainantIdNumber: null, identityVisible: false });
  });

  it('cannot be confirmed by searching: an analyst finds nothing whether the phone matches or not', async () => {
    const search = `query($phone: String, $id: String) { complaints(first: 10, filter: { complainantPhone: $phone, complainantIdNumber: $id }) { totalCount } }`;
    expect((await leader.data(search, { phone: PEOPLE.jia.phone })).complaints.totalCount).toBe(4);
    expect((await leader.data(search, { id: PEOPLE.jia.idNumber })).complaints.totalCount).toBe(4);
    for (const caller of [analyst, department]) {
      expect((await caller.data(search, { phone: PEOPLE.jia.phone })).complaints.totalCount).toBe(0);
      expect((await caller.data(search, { phone: '13911112222' })).complaints.totalCount).toBe(0);
      expect((await caller.data(search, { id: PEOPLE.jia.idNumber })).complaints.totalCount).toBe(0);
    }
    // The owner finds their own complaint of that person, and nothing they do not hold.
    expect((await village.data(search, { phone: PEOPLE.jia.phone })).complaints.totalCount).toBe(1);
    expect(errorOf(await analyst.run(search, { phone: 'not a phone' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.complainantPhone' });
  });
});

describe('a village officer sees only their village', () => {
  it('in lists, single lookups and person files', async () => {
    const { complaints, person } = await village.data(
      `query($person: ID!) {
      complaints(first: 100) { totalCount nodes { village { name } } }
      person: complainant(id: $person) { complaintCount complaints(first: 10) { totalCount nodes { village { name } } } } }`,
      { person: fixture.jiaId },
    );
    // #1 #2 #3 #7 #8 and the officer's own.
    expect(complaints.totalCount).toBe(6);
    expect(new Set(complaints.nodes.map((n: { village: { name: string } }) => n.village.name))).toEqual(new Set(['东一村']));
    // 张甲's complaint about 西一村 (#9) stays out of the file.
    expect(person).toMatchObject({ complaintCount: 3, complaints: { totalCount: 3 } });
    expect(errorOf(await village.run(`query($id: ID!) { complaint(id: $id) { id } }`, { id: fixture.ids[3] }))?.code).toBe('NOT_FOUND');
    const yi = (await leader.data(`query($id: ID!) { complaint(id: $id) { complainant { id } } }`, { id: fixture.ids[3] })).complaint.complainant.id;
    expect(errorOf(await village.run(`query($id: ID!) { complainant(id: $id) { complaintCount } }`, { id: yi }))?.code).toBe('NOT_FOUND');
  });

  it('in figures of units above or beside it', async () => {
    const period = '{ from: "2026-10", to: "2026-10" }';
    for (const query of [
      `{ complaintRates(orgUnitId: ${county.ids.countyId}, period: ${period}) { received } }`,
      `{ complaintHotspots(orgUnitId: ${county.ids.eastId}, period: ${period}) { cells { count } } }`,
      `{ complaintRanking(orgUnitId: ${county.ids.countyId}, period: ${period}, key: SATISFACTION_RATE) { rankedCount } }`,
      `{ complaintCaseload(orgUnitId: ${county.ids.countyId}, period: ${period}) { overdue } }`,
      `{ complaintTopics(orgUnitId: ${county.ids.countyId}, month: "2026-10") { month } }`,
      `{ complaintOverview(orgUnitId: ${county.ids.east2Id}) { open } }`,
      `{ complaintHandlers(villageId: ${county.ids.west1Id}) { id } }`,
    ]) {
      expect(errorOf(await village.run(query))?.code, query).toBe('NOT_FOUND');
    }
    const own = await village.data(`{ complaintRates(orgUnitId: ${county.ids.east1Id}, period: ${period}) { received } }`);
    expect(own.complaintRates).toEqual([{ received: 3 }]);
  });

  it('in nested lists and accountability records', async () => {
    const { complaintAccountabilities } = await village.data(
      `{ complaintAccountabilities(first: 10) { totalCount nodes { complaint { village { name } } } } }`,
    );
    expect(complaintAccountabilities).toEqual({ totalCount: 1, nodes: [{ complaint: { village: { name: '东一村' } } }] });
    const steal = await village.run(`mutation($id: ID!) { acceptComplaint(id: $id) { id } }`, { id: fixture.ids[4] });
    expect(errorOf(steal)?.code).toBe('NOT_FOUND');
  });
});
