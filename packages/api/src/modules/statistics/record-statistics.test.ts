import { describe, expect, it } from 'vitest';
import { withSmallCounty } from '../../test/fixtures.js';
import { callerFor, errorOf } from '../../test/graphql.js';

const county = withSmallCounty();

const RECORD = `mutation($input: VillageStatisticsInput!) { recordVillageStatistics(input: $input) { month births healthChecksDone } }`;
const report = (villageId: number, overrides: Record<string, unknown> = {}) => ({
  villageId,
  month: '2026-11',
  population: 1010,
  households: 250,
  marriedWomen: 200,
  births: 3,
  birthsMale: 2,
  birthsFemale: 1,
  birthsInPolicy: 3,
  deaths: 1,
  contraceptionUsers: 150,
  healthChecksDue: 20,
  healthChecksDone: 19,
  floatingIn: 1,
  floatingOut: 2,
  feeDue: 0,
  feeCollected: 0,
  incentivesPaid: 1200,
  ...overrides,
});
const rowsFor = async (villageId: number, month: string) =>
  county.db.orm.em
    .getConnection()
    .execute(`select births, health_checks_done from village_statistic where village_id = ? and month = ?`, [villageId, `${month}-01`]);
const auditsFor = async (entityId: string) =>
  county.db.orm.em.getConnection().execute(`select username, action, before, after from audit_record where entity_id = ? order by id`, [entityId]);

describe('recordVillageStatistics', () => {
  it('inserts, then replaces the same village and month, auditing both with before and after', async () => {
    const office = await callerFor(county.db.orm, 'office');
    expect((await office.data(RECORD, { input: report(county.ids.east2Id) })).recordVillageStatistics).toEqual({
      month: '2026-11',
      births: 3,
      healthChecksDone: 19,
    });
    await office.data(RECORD, { input: report(county.ids.east2Id, { births: 4, birthsFemale: 2, birthsInPolicy: 4, healthChecksDone: 20 }) });
    expect(await rowsFor(county.ids.east2Id, '2026-11')).toEqual([{ births: 4, health_checks_done: 20 }]);
    const audits = await auditsFor(`${county.ids.east2Id}:2026-11`);
    expect(audits.map((a) => [a.username, a.action])).toEqual([
      ['office', 'recordVillageStatistics'],
      ['office', 'recordVillageStatistics'],
    ]);
    expect(audits[0].before).toBeNull();
    expect(audits[1].before).toMatchObject({ births: 3 });
    expect(audits[1].after).toMatchObject({ births: 4 });
  });

  it.each([
    ['births that do not add up by sex', { birthsMale: 3 }, 'input.births', /births \(3\) must equal birthsMale \+ birthsFemale \(3 \+ 1\)/],
    ['a negative count', { deaths: -1 }, 'input.deaths', /deaths must not be negative/],
    ['a rate above 100%', { healthChecksDone: 21 }, 'input.healthChecksDone', /must not exceed healthChecksDue/],
    ['a future month', { month: '2099-01' }, 'input.month', /in the future/],
  ] as [string, Record<string, unknown>, string, RegExp][])('refuses %s, naming the field, and writes nothing', async (_, overrides, field, message) => {
    const office = await callerFor(county.db.orm, 'office');
    const result = await office.run(RECORD, { input: report(county.ids.west1Id, overrides) });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errorOf(result)?.message).toMatch(message);
    expect(await rowsFor(county.ids.west1Id, String(overrides.month ?? '2026-11'))).toEqual([]);
    expect(await auditsFor(`${county.ids.west1Id}:2026-11`)).toEqual([]);
  });

  it('refuses a fractional count at the GraphQL boundary', async () => {
    const result = await (await callerFor(county.db.orm, 'office')).run(RECORD, { input: report(county.ids.west1Id, { births: 1.5 }) });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets a village officer record their own village only', async () => {
    const village = await callerFor(county.db.orm, 'village');
    await village.data(RECORD, { input: report(county.ids.east1Id) });
    expect(errorOf(await village.run(RECORD, { input: report(county.ids.east2Id, { month: '2026-08' }) }))?.code).toBe('NOT_FOUND');
    expect(await rowsFor(county.ids.east2Id, '2026-08')).toEqual([]);
  });

  it('is refused to analysts and departments', async () => {
    for (const username of ['analyst', 'department']) {
      const result = await (await callerFor(county.db.orm, username)).run(RECORD, { input: report(county.ids.east1Id) });
      expect(errorOf(result)?.code, username).toBe('FORBIDDEN');
    }
  });
});
