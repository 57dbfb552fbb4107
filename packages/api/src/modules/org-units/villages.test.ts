import { describe, expect, it } from 'vitest';
import { withSmallCounty } from '../../test/fixtures.js';
import { callerAs, callerFor, errorOf } from '../../test/graphql.js';

const county = withSmallCounty();
const leader = callerAs('leader', () => county.db.orm);

const LIST = `query($first: Int!, $after: String, $filter: VillageFilter, $orderBy: VillageOrder, $period: PeriodInput) {
  villages(first: $first, after: $after, filter: $filter, orderBy: $orderBy, period: $period) {
    totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
const names = (data: Record<string, any>) => data.villages.nodes.map((n: { name: string }) => n.name);

describe('villages list', () => {
  it('pages with cursors', async () => {
    const first = await leader.data(LIST, { first: 2, orderBy: { field: 'CODE', direction: 'ASC' } });
    expect(names(first)).toEqual(['东一村', '东二村']);
    expect(first.villages).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const second = await leader.data(LIST, { first: 2, after: first.villages.pageInfo.endCursor, orderBy: { field: 'CODE', direction: 'ASC' } });
    expect(names(second)).toEqual(['西一村']);
    expect(second.villages.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('caps the page size and rejects foreign cursors, naming the argument', async () => {
    expect(errorOf(await leader.run(LIST, { first: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await leader.run(LIST, { first: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await leader.run(LIST, { first: 5, after: 'bogus' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('filters by township, category and name', async () => {
    expect(names(await leader.data(LIST, { first: 10, filter: { townshipId: county.ids.westId } }))).toEqual(['西一村']);
    expect(names(await leader.data(LIST, { first: 10, filter: { category: 'B' } }))).toEqual(['东二村']);
    expect(names(await leader.data(LIST, { first: 10, filter: { search: '二' } }))).toEqual(['东二村']);
    expect(names(await leader.data(LIST, { first: 10, filter: { search: '%' } }))).toEqual([]);
  });

  it('sorts names by pinyin, as a Chinese reader expects, not by code point', async () => {
    // dōng èr < dōng yī < xī yī; by code point 一 (U+4E00) would come before 二 (U+4E8C).
    expect(names(await leader.data(LIST, { first: 10, orderBy: { field: 'NAME', direction: 'ASC' } }))).toEqual(['东二村', '东一村', '西一村']);
  });

  it('sorts by an indicator over a period, villages without data last', async () => {
    // Health-check rate over Sep–Oct: 东一村 28/30 = 93.3%, 东二村 15/30 = 50%, 西一村 9/10 = 90%.
    const period = { from: '2026-09', to: '2026-10' };
    expect(names(await leader.data(LIST, { first: 10, period, orderBy: { field: 'HEALTH_CHECK_RATE', direction: 'DESC' } }))).toEqual([
      '东一村',
      '西一村',
      '东二村',
    ]);
    // Only Sep: 东一村 has data, the others sort last whichever the direction.
    const september = { from: '2026-09', to: '2026-09' };
    expect(names(await leader.data(LIST, { first: 10, period: september, orderBy: { field: 'HEALTH_CHECK_RATE', direction: 'ASC' } }))[0]).toBe('东一村');
  });
});

describe('creating and editing villages', () => {
  const CREATE = `mutation($input: CreateVillageInput!) { createVillage(input: $input) { id name category township { name } } }`;

  it('creates a village under a township, with its path, and audits it', async () => {
    const { createVillage } = await leader.data(CREATE, {
      input: { townshipId: county.ids.westId, code: '371199002009', name: '西九村', category: 'A', population: 800 },
    });
    expect(createVillage).toMatchObject({ name: '西九村', category: 'A', township: { name: '西乡' } });
    const [row] = await county.db.orm.em.getConnection().execute('select path, depth from org_unit where id = ?', [createVillage.id]);
    expect(row).toEqual({ path: `/${county.ids.countyId}/${county.ids.westId}/${createVillage.id}/`, depth: 2 });
    const [audit] = await county.db.orm.em
      .getConnection()
      .execute(`select action, after from audit_record where entity_type = 'Village' and entity_id = ?`, [String(createVillage.id)]);
    expect(audit).toMatchObject({ action: 'createVillage', after: { name: '西九村' } });
  });

  it('names the field of a bad input and writes nothing', async () => {
    const before = await county.db.orm.em.getConnection().execute('select count(*)::int as n from org_unit');
    expect(errorOf(await leader.run(CREATE, { input: { townshipId: county.ids.westId, code: '12ab', name: '坏村' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.code',
    });
    expect(errorOf(await leader.run(CREATE, { input: { townshipId: county.ids.westId, code: '371199002010', name: '坏村', population: -5 } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.population',
    });
    expect(errorOf(await leader.run(CREATE, { input: { townshipId: county.ids.east1Id, code: '371199002011', name: '坏村' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.townshipId',
    });
    expect(errorOf(await leader.run(CREATE, { input: { townshipId: county.ids.westId, code: '371199001001', name: '重号村' } }))?.code).toBe('CONFLICT');
    expect(await county.db.orm.em.getConnection().execute('select count(*)::int as n from org_unit')).toEqual(before);
  });

  it('updates a profile, leaving omitted fields alone', async () => {
    const { updateVillage } = await leader.data(`mutation($id: ID!) { updateVillage(id: $id, input: { households: 260 }) { name households population } }`, {
      id: county.ids.east1Id,
    });
    expect(updateVillage).toEqual({ name: '东一村', households: 260, population: 1004 });
  });

  it('is refused to roles that do not edit', async () => {
    const analyst = await callerFor(county.db.orm, 'analyst');
    expect(
      errorOf(await analyst.run(`mutation($id: ID!) { updateVillage(id: $id, input: { households: 1 }) { name } }`, { id: county.ids.east1Id }))?.code,
    ).toBe('FORBIDDEN');
  });
});
