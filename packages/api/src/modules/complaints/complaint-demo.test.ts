import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestDatabase, type DemoTestDatabase } from '../../test/database.js';
import { DEMO_TODAY } from '../../test/demo-template.js';
import { callerAs } from '../../test/graphql.js';
import { townshipComplaintBrief } from './index.js';

/** The demo county's complaints: believable volume and seasons, the planted hotspots, and cheap pages. */
const TODAY = DEMO_TODAY;
let db: DemoTestDatabase;
const leader = callerAs('leader', () => db.orm);
const one = async <T>(sql: string, params: unknown[] = []) => (await db.orm.em.execute<T[]>(sql, params))[0];
const countyId = async () => (await one<{ id: number }>(`select id from org_unit where parent_id is null`)).id;

beforeAll(async () => {
  db = await createDemoTestDatabase();
});
afterAll(() => db.close());

describe('complaint demo data', () => {
  it('holds two years of complaints with their timelines', async () => {
    expect(db.summary.features.find((line) => line.startsWith('complaints:'))).toMatch(/^complaints: \d+ complaints/);
    const totals = await one<{ n: number; first: string; last: string; events: number }>(
      `select count(*)::int as n, to_char(min(received_at), 'YYYY-MM') as first, to_char(max(received_at), 'YYYY-MM') as last,
              (select count(*)::int from complaint_event) as events from complaint`,
    );
    expect(totals.n).toBeGreaterThan(2500);
    expect(totals.n).toBeLessThan(6000);
    expect(totals).toMatchObject({ first: '2024-12', last: '2026-11' });
    expect(totals.events).toBeGreaterThan(totals.n * 4);
    // Each complaint's status is the one its timeline ends in.
    const inconsistent = await one<{ n: number }>(`
      select count(*)::int as n from complaint c
       where c.status <> (select e.to_status from complaint_event e where e.complaint_id = c.id and e.to_status is not null order by e.at desc, e.id desc limit 1)`);
    expect(inconsistent.n).toBe(0);
  });

  it('takes every complaint in during office hours, none after today', async () => {
    const outside = await one<{ n: number }>(
      `select count(*)::int as n from complaint
      where received_at > ? or extract(hour from received_at at time zone 'Asia/Shanghai') not between 8 and 17`,
      [TODAY],
    );
    expect(outside.n).toBe(0);
  });

  it('has seasons: floating-population complaints peak around the Spring Festival', async () => {
    const byMonth = await db.orm.em.execute<{ month: number; n: number }[]>(
      `select extract(month from received_at at time zone 'Asia/Shanghai')::int as month, count(*)::int as n
         from complaint where category = 'FLOATING_POPULATION' group by 1`,
    );
    const feb = byMonth.find((r) => r.month === 2)!.n;
    const summer = byMonth.filter((r) => r.month === 7 || r.month === 8).reduce((n, r) => n + r.n, 0) / 2;
    expect(feb).toBeGreaterThan(summer * 1.5);
  });

  it('has exactly one petition above county level, outside the village user’s village', async () => {
    const petitions = await db.orm.em.execute<{ village_id: number }[]>(`select village_id from complaint where level = 'ABOVE_COUNTY'`);
    expect(petitions).toHaveLength(1);
    const villageUser = await one<{ scope_id: number }>(`select scope_id from app_user where username = 'village'`);
    expect(petitions[0].village_id).not.toBe(villageUser.scope_id);
  });

  it('proposes the maintenance-fee surge of 潮河镇 as October’s topic', async () => {
    const { complaintTopics } = await leader.data(
      `query($id: ID!) { complaintTopics(orgUnitId: $id, month: "2026-10") {
      proposed { category count baseline growth topUnits { orgUnit { name } count } } } }`,
      { id: await countyId() },
    );
    expect(complaintTopics.proposed.category).toBe('MAINTENANCE_FEE');
    expect(complaintTopics.proposed.topUnits[0].orgUnit.name).toBe('潮河镇');
    expect(complaintTopics.proposed.count).toBeGreaterThan(complaintTopics.proposed.baseline * 2);
  });

  it('has a village with repeated contraception-complication cases, repeat complainants, duplicates and overdue cases', async () => {
    const sore = await one<{ n: number; people: number; repeaters: number }>(`
      select count(*)::int as n, count(distinct complainant_id)::int as people,
             (select count(*)::int from (select complainant_id from complaint c2 where c2.village_id = c.village_id and c2.category = c.category
                group by complainant_id having count(*) > 1) r) as repeaters
        from complaint c where category = 'CONTRACEPTION_COMPLICATION' group by village_id, category order by count(*) desc limit 1`);
    expect(sore.n).toBeGreaterThanOrEqual(10);
    expect(sore.repeaters).toBeGreaterThanOrEqual(3);
    const flags = await one<{ repeaters: number; duplicates: number; overdue: number; accountability: number; decided: number }>(`
      select (select count(*)::int from (select complainant_id from complaint where complainant_id is not null group by 1 having count(*) > 1) r) as repeaters,
             (select count(*)::int from complaint where duplicate_of_id is not null) as duplicates,
             (select count(*)::int from complaint where status in ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS') and reply_due_at < now()) as overdue,
             (select count(*)::int from complaint_accountability) as accountability,
             (select count(*)::int from complaint_accountability where measure is not null) as decided`);
    expect(flags.repeaters).toBeGreaterThanOrEqual(8);
    expect(flags.repeaters).toBeLessThan(30);
    expect(flags.duplicates).toBeGreaterThanOrEqual(1);
    expect(flags.overdue).toBeGreaterThanOrEqual(5);
    expect(flags.decided).toBeGreaterThan(0);
    expect(flags.decided).toBeLessThan(flags.accountability);
  });
});

describe('the joint meeting brief of a township', () => {
  it('gives hotspots, the topic, overdue and repeat cases without any identity', async () => {
    const township = await one<{ id: number }>(`select id from org_unit where name = '潮河镇'`);
    // November's meeting counts October, the last complete month.
    const brief = await townshipComplaintBrief(db.orm.em.fork(), township.id, '2026-11');
    expect(brief).toMatchObject({ month: '2026-11', figuresMonth: '2026-10', topics: { month: '2026-10' } });
    expect(brief.topics.proposed?.category).toBe('MAINTENANCE_FEE');
    expect(brief.hotspots[0]).toMatchObject({ category: 'MAINTENANCE_FEE' });
    expect(brief.rates.received).toBeGreaterThan(10);
    const phones = await db.orm.em.execute<{ complainant_phone: string }[]>(
      `select complainant_phone from complaint where township_id = ? and complainant_phone is not null`,
      [township.id],
    );
    const text = JSON.stringify(brief);
    for (const { complainant_phone } of phones) expect(text).not.toContain(complainant_phone);
  });
});

describe('statements per request', () => {
  const PAGE = `query($first: Int!) { complaints(first: $first, filter: { receivedFrom: "2025-01-01" }) { totalCount nodes {
    id status category receivedAt overdue repeat complainantName complainantPhone allowedActions
    village { name } township { name } owner { displayName } complainant { id } duplicateOf { id } } } }`;

  it('a page of 100 complaints with village, township, owner, repeat flag and duplicate costs the same as a page of 10', async () => {
    const count = async (first: number) => {
      db.queries.length = 0;
      const data = await leader.data(PAGE, { first });
      return { nodes: data.complaints.nodes.length, statements: db.queries.length };
    };
    const ten = await count(10);
    const hundred = await count(100);
    expect(hundred.nodes).toBe(100);
    // page, total, villages and townships (org units), owners, person stats, duplicates.
    expect(hundred.statements).toBe(ten.statements);
    expect(hundred.statements).toBeLessThanOrEqual(8);
  });

  it('a complaint page with its timeline costs a fixed handful', async () => {
    const { complaints } = await leader.data(`{ complaints(first: 1, filter: { level: ABOVE_COUNTY }) { nodes { id } } }`);
    db.queries.length = 0;
    const { complaint } = await leader.data(
      `query($id: ID!) { complaint(id: $id) { status level village { name } owner { displayName }
      events { kind at actor { displayName } toOwner { displayName } } accountability { reason responsible { displayName } }
      complainant { complaintCount complaints(first: 10) { nodes { id category } } } } }`,
      { id: complaints.nodes[0].id },
    );
    expect(complaint.level).toBe('ABOVE_COUNTY');
    expect(complaint.accountability.map((a: { reason: string }) => a.reason)).toContain('ESCALATION');
    expect(db.queries.length).toBeLessThanOrEqual(9);
  });
});
