import { describe, expect, it } from 'vitest';
import { withSmallCounty } from '../test/fixtures.js';
import { callerAs, callerFor, errorOf } from '../test/graphql.js';

/**
 * The `village` user is scoped to 东一村. Every path that returns village-bound rows must show
 * them 东一村 only: lists, single lookups, nested fields and roll-ups.
 */
const county = withSmallCounty();
const PERIOD = '{ from: "2026-09", to: "2026-10" }';
const village = callerAs('village', () => county.db.orm);

describe('a village officer sees only their village', () => {
  it('in the village list, whatever the filter', async () => {
    const { all, east } = await village.data(
      `query($t: ID!) {
      all: villages(first: 100) { totalCount nodes { name } }
      east: villages(first: 100, filter: { townshipId: $t }, orderBy: { field: BIRTH_RATE, direction: DESC }) { totalCount nodes { name } }
    }`,
      { t: county.ids.eastId },
    );
    expect(all).toEqual({ totalCount: 1, nodes: [{ name: '东一村' }] });
    expect(east).toEqual({ totalCount: 1, nodes: [{ name: '东一村' }] });
  });

  it('in single lookups', async () => {
    expect(errorOf(await village.run(`query($id: ID!) { village(id: $id) { name } }`, { id: county.ids.east2Id }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await village.run(`query($id: ID!) { township(id: $id) { name } }`, { id: county.ids.westId }))?.code).toBe('NOT_FOUND');
    expect((await village.data(`query($id: ID!) { village(id: $id) { name } }`, { id: county.ids.east1Id })).village.name).toBe('东一村');
  });

  it('in roll-ups, series and breakdowns of units above or beside it', async () => {
    for (const query of [
      `{ indicators(orgUnitId: ${county.ids.eastId}, period: ${PERIOD}) { totals { births } } }`,
      `{ indicators(orgUnitId: ${county.ids.countyId}, period: ${PERIOD}) { totals { births } } }`,
      `{ indicators(orgUnitId: ${county.ids.east2Id}, period: ${PERIOD}) { totals { births } } }`,
      `{ indicatorSeries(orgUnitId: ${county.ids.west1Id}, period: ${PERIOD}) { totals { births } } }`,
      `{ indicatorBreakdown(parentId: ${county.ids.countyId}, period: ${PERIOD}) { totals { births } } }`,
    ]) {
      expect(errorOf(await village.run(query))?.code, query).toBe('NOT_FOUND');
    }
    const own = await village.data(`{ indicators(orgUnitId: ${county.ids.east1Id}, period: ${PERIOD}) { totals { births } } }`);
    expect(own.indicators.totals.births).toBe(14);
  });

  it('in nested fields: township totals, cadres and their assignments', async () => {
    const { townships, cadres } = await village.data(`{
      townships { name villageCount population }
      cadres(first: 100) { totalCount nodes { name assignments(currentOnly: false) { orgUnit { name } } } }
    }`);
    // The township above is named, but its totals cover only what the officer may see.
    expect(townships).toEqual([{ name: '东镇', villageCount: 1, population: 1004 }]);
    const names = cadres.nodes.map((c: { name: string }) => c.name).sort();
    expect(names).toEqual(['张一', '李西', '王东']);
    // 王东 is also stationed in 东二村, which must not show through him.
    const wang = cadres.nodes.find((c: { name: string }) => c.name === '王东');
    expect(wang.assignments).toEqual([{ orgUnit: { name: '东一村' } }]);
  });

  it('in statistics of a village reached through any path', async () => {
    const result = await village.run(`query($id: ID!) { village(id: $id) { statistics(period: ${PERIOD}) { births } } }`, { id: county.ids.west1Id });
    expect(errorOf(result)?.code).toBe('NOT_FOUND');
  });
});

describe('a township leader sees their township', () => {
  it('lists its two villages and is refused the other township', async () => {
    const leader = await callerFor(county.db.orm, 'eastleader');
    const { villages } = await leader.data(`{ villages(first: 10) { totalCount } }`);
    expect(villages.totalCount).toBe(2);
    expect(errorOf(await leader.run(`{ indicators(orgUnitId: ${county.ids.westId}, period: ${PERIOD}) { totals { births } } }`))?.code).toBe('NOT_FOUND');
  });
});

describe('anonymous requests', () => {
  it('see nothing but sign-in', async () => {
    const anonymous = await callerFor(county.db.orm, null);
    expect(await anonymous.data(`{ viewer { username } }`)).toEqual({ viewer: null });
    for (const query of [`{ villages(first: 1) { totalCount } }`, `{ townships { name } }`, `{ latestMonth }`, `{ departments { name } }`]) {
      expect(errorOf(await anonymous.run(query))?.code, query).toBe('UNAUTHENTICATED');
    }
  });
});

describe('personal data', () => {
  const PHONES = `{ cadres(first: 10, filter: { search: "王东" }) { nodes { phone } } }`;
  it('is shown to leaders and masked for analysts and departments', async () => {
    expect((await (await callerFor(county.db.orm, 'leader')).data(PHONES)).cadres.nodes).toEqual([{ phone: '13800000001' }]);
    expect((await (await callerFor(county.db.orm, 'analyst')).data(PHONES)).cadres.nodes).toEqual([{ phone: '138******01' }]);
    expect((await (await callerFor(county.db.orm, 'department')).data(PHONES)).cadres.nodes).toEqual([{ phone: '138******01' }]);
  });
});
