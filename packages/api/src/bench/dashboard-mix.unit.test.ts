import { beforeAll, describe, expect, it } from 'vitest';
import { Random } from '../demo/prng.js';
import { nextRequest, planFor, READS, WRITES, writeShareFor, type Facts } from './dashboard-mix.js';
import { collectOperations, readDashboardOperations, type DashboardOperation } from './dashboard-operations.js';

const everything: Facts = {
  scopeId: '1',
  latestMonth: '2026-11',
  currentMonth: '2026-12',
  townshipId: '2',
  villageId: '3',
  complaintId: '4',
  complainantId: '5',
  meetingId: '6',
  actionItemId: '7',
  openActionItemId: '8',
  campaignId: '9',
  evaluationRoundId: '10',
  assessmentPeriod: '2026-Q4',
};

describe("the dashboard's operations", () => {
  it('are sent with the fragments they use and __typename below the root, as Apollo sends them', () => {
    const operations = collectOperations([
      'query GetThing($id: ID!, $first: Int = 10, $after: String) { thing(id: $id) { ...ThingFields } }',
      'fragment ThingFields on Thing { id owner { ...PersonFields } }',
      'fragment PersonFields on Person { name }\nfragment Unused on Thing { id }',
      'mutation Rename($id: ID!) { rename(id: $id) { id } }',
    ]);
    const thing = operations.get('GetThing')!;
    expect(thing).toMatchObject({ kind: 'query', variables: ['id', 'first', 'after'], required: ['id'] });
    expect(thing.document).toContain('fragment ThingFields on Thing');
    expect(thing.document).toContain('fragment PersonFields on Person');
    expect(thing.document).not.toContain('Unused');
    expect(thing.document).toMatch(/thing\(id: \$id\) \{\s+\.\.\.ThingFields\s+__typename\s+\}/);
    expect(thing.document).not.toMatch(/^query GetThing[^{]*\{\s+__typename/);
    expect(operations.get('Rename')!.kind).toBe('mutation');
  });

  it('name a fragment nobody defines', () => {
    expect(() => collectOperations(['query A { a { ...Missing } }'])).toThrow(/A uses fragment Missing/);
  });
});

describe('the load mix', () => {
  let operations: Map<string, DashboardOperation>;
  beforeAll(async () => {
    operations = await readDashboardOperations();
  });

  it("fills each operation's variables as its page does: every required one, none it does not declare", () => {
    for (const entry of [...READS, ...WRITES]) {
      const operation = operations.get(entry.operation);
      expect(operation, entry.operation).toBeDefined();
      expect(operation!.kind, entry.operation).toBe(WRITES.includes(entry) ? 'mutation' : 'query');
      const variables = Object.keys(entry.variables(everything, 'm')!);
      expect(operation!.variables, entry.operation).toEqual(expect.arrayContaining(variables));
      expect(variables, entry.operation).toEqual(expect.arrayContaining(operation!.required));
    }
  });

  it('leaves out what a role has nothing to open with, and marks each write', () => {
    const facts: Facts = { scopeId: '17', latestMonth: '2026-11', currentMonth: '2026-12', villageId: '17' };
    const plan = planFor(facts);
    const names = plan.reads.map(([entry]) => entry.operation);
    expect(names).toContain('GetVillage');
    expect(names).not.toContain('GetComplaint');
    expect(names).not.toContain('ListMeetings');
    expect(plan.writes.map(([entry]) => entry.operation)).toEqual(['RegisterComplaint']);
    const write = nextRequest(plan, facts, new Random(1), 1, 'run-3-14');
    expect(write).toMatchObject({ operation: 'RegisterComplaint', write: true });
    expect(JSON.stringify(write.variables)).toContain('run-3-14');
  });

  it('picks by weight and writes the share asked for', () => {
    const plan = planFor(everything);
    const random = new Random(17);
    const counts = new Map<string, number>();
    let writes = 0;
    const draws = 20_000;
    for (let i = 0; i < draws; i++) {
      const request = nextRequest(plan, everything, random, 0.1, String(i));
      counts.set(request.operation, (counts.get(request.operation) ?? 0) + 1);
      if (request.write) writes++;
    }
    expect(writes / draws).toBeCloseTo(0.1, 1);
    const readWeight = READS.reduce((sum, e) => sum + e.weight, 0);
    const viewerShare = (counts.get('GetViewer')! / (draws - writes)) * readWeight;
    expect(viewerShare).toBeGreaterThan(7);
    expect(viewerShare).toBeLessThan(9);
  });

  it('has the clients that can write make up for those that cannot', () => {
    expect(writeShareFor(0.1, 50, 30)).toBeCloseTo(1 / 6);
    expect(writeShareFor(0.1, 10, 10)).toBe(0.1);
    expect(writeShareFor(0.1, 10, 0)).toBe(0);
    expect(writeShareFor(0.5, 10, 2)).toBe(1);
  });
});
