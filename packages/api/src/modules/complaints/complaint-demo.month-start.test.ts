import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Scope } from '../../graphql/scope.js';
import { createDemoTestDatabase, type TestDatabase } from '../../test/database.js';
import { complaintOverview } from './complaint-topics.service.js';
import { townshipComplaintBrief } from './index.js';

/**
 * The demo loaded early on the second day of a month, when the running month has had a day and two
 * hours of office time: it must look like it, in the overview and in the joint meeting's figures.
 */
const TODAY = new Date('2026-12-02T01:56:00Z');
let db: TestDatabase;
const one = async <T>(sql: string, params: unknown[] = []) => (await db.orm.em.execute<T[]>(sql, params))[0];

beforeAll(async () => {
  db = await createDemoTestDatabase({ today: TODAY });
}, 180_000);
afterAll(() => db.close());

describe('the complaint demo early in a month', () => {
  it('has the running month’s intake so far only, in office hours', async () => {
    const county = await one<{ id: number; path: string; depth: number }>(`select id, path, depth from org_unit where parent_id is null`);
    const overview = await complaintOverview(db.orm.em.fork(), new Scope(county.path), county, TODAY);
    expect(overview.month).toBe('2026-12');
    // 716 of December's 18,600 office minutes have passed: a few percent of a month's intake.
    expect(overview.receivedThisMonth).toBeGreaterThan(0);
    expect(overview.receivedThisMonth).toBeLessThan(overview.receivedLastMonth * 0.1);
    const outside = await one<{ n: number }>(
      `select count(*)::int as n from complaint
      where received_at > ? or extract(hour from received_at at time zone 'Asia/Shanghai') not between 8 and 17`,
      [TODAY],
    );
    expect(outside.n).toBe(0);
  });

  it('gives December’s meetings November’s figures: the surge of 潮河镇 is a rising topic', async () => {
    const township = await one<{ id: number }>(`select id from org_unit where name = '潮河镇'`);
    const brief = await townshipComplaintBrief(db.orm.em.fork(), township.id, '2026-12');
    expect(brief.figuresMonth).toBe('2026-11');
    expect(brief.topics.proposed).not.toBeNull();
    expect(brief.topics.topics.find((t) => t.category === 'MAINTENANCE_FEE')).toMatchObject({ rising: true });
  });

  it('drafts this month’s meeting of 洪凝镇 on November’s complaint figures', async () => {
    const items = await db.orm.em.execute<{ kind: string; evidence: { period: string | null; link: string | null }[] }[]>(
      `select a.kind, a.evidence from agenda_item a join meeting m on m.id = a.meeting_id
        where m.month = '2026-12' and a.kind in ('COMPLAINT_HOTSPOTS', 'TOPIC_OF_MONTH')`,
    );
    expect(items.map((i) => i.kind)).toContain('COMPLAINT_HOTSPOTS');
    for (const e of items.flatMap((i) => i.evidence))
      expect(e).toMatchObject({ period: '2026-11', link: expect.stringContaining('from=2026-11-01&to=2026-11-30') });
  });
});
