import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestDatabase, type TestDatabase } from '../../test/database.js';
import { callerFor, type Caller } from '../../test/graphql.js';
import { villageSatisfaction } from './index.js';

/** The demo's surveys and evaluations tell the sources' story, checked through the API. */
let db: TestDatabase;
let leader: Caller;
beforeAll(async () => {
  db = await createDemoTestDatabase();
  leader = await callerFor(db.orm, 'leader');
});
afterAll(() => db.close());

describe('demo surveys', () => {
  it('has last year’s survey: 1,000 households, 24 villages, 12 townships, 96.2% [94.8%, 97.2%]', async () => {
    const { surveyCampaigns } = await leader.data(`{ surveyCampaigns(first: 5, filter: { year: 2025 }) { nodes { status
      overall { satisfied valid rate low high } townships: results(groupBy: TOWNSHIP) { valid } villages: results(groupBy: VILLAGE) { valid rankable rank } } } }`);
    const [last] = surveyCampaigns.nodes;
    expect(last.status).toBe('CLOSED');
    expect(last.overall).toMatchObject({ satisfied: 962, valid: 1000 });
    expect([last.overall.rate, last.overall.low, last.overall.high].map((x: number) => Math.round(x * 10) / 10)).toEqual([96.2, 94.8, 97.2]);
    expect(last.townships).toHaveLength(12);
    expect(last.villages).toHaveLength(24);
    expect(last.villages.filter((v: { rankable: boolean }) => !v.rankable).length).toBeGreaterThan(0);
    expect(last.villages.filter((v: { rank: number | null }) => v.rank === 1).length).toBeGreaterThan(0);
  });

  it('feeds the assessment the same figures per village', async () => {
    const [{ ids }] = await db.orm.em
      .getConnection()
      .execute(`select array_agg(distinct village_id) as ids from survey_household h join survey_campaign c on c.id = h.campaign_id where c.year = 2025`);
    const figures = await villageSatisfaction(db.orm.em.fork(), ids, 2025);
    expect(figures.size).toBe(24);
    const totals = [...figures.values()].reduce((t, f) => ({ satisfied: t.satisfied + f.satisfied, valid: t.valid + f.valid }), { satisfied: 0, valid: 0 });
    expect(totals).toEqual({ satisfied: 962, valid: 1000 });
  });

  it('has this year’s campaign in progress, and the village officer sees their village in both', async () => {
    const village = await callerFor(db.orm, 'village');
    const { surveyCampaigns } = await village.data(`{ surveyCampaigns(first: 5) { nodes { year status results(groupBy: VILLAGE) { valid } } } }`);
    expect(surveyCampaigns.nodes.map((c: { year: number; status: string }) => [c.year, c.status])).toEqual([
      [2026, 'OPEN'],
      [2025, 'CLOSED'],
    ]);
    expect(surveyCampaigns.nodes.every((c: { results: unknown[] }) => c.results.length === 1)).toBe(true);
  });
});

describe('demo evaluation', () => {
  it('has the 洪凝镇 officer with 12 bad votes, a help target, down to 1 at year end', async () => {
    const { evaluationRounds } = await leader.data(`{ evaluationRounds(first: 5) { nodes { name orgUnit { name }
      previousHelpTargets { badVotes followUp { badVotes improved } } designations { kind badVotes } } } }`);
    const [current, yearEnd, midYear] = evaluationRounds.nodes;
    expect(midYear.orgUnit.name).toBe('洪凝镇');
    expect(midYear.designations.filter((d: { kind: string }) => d.kind === 'HELP_TARGET')).toContainEqual({ kind: 'HELP_TARGET', badVotes: 12 });
    expect(yearEnd.previousHelpTargets).toContainEqual({ badVotes: 12, followUp: { badVotes: 1, improved: true } });
    expect(current.previousHelpTargets).toHaveLength(3);
  });
});
