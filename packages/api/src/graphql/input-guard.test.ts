import { beforeAll, describe, expect, it } from 'vitest';
import { withSmallCounty } from '../test/fixtures.js';
import { callerAs, errorOf, type FormattedResult } from '../test/graphql.js';

const county = withSmallCounty();
const leader = callerAs('leader', () => county.db.orm);

const refusal = (result: FormattedResult<unknown>) => ({ ...errorOf(result), reason: result.errors?.[0]?.extensions?.reason });
const count = async (table: string) => Number((await county.db.orm.em.getConnection().execute(`select count(*)::int as n from ${table}`))[0].n);

const ORG_UNIT = `query($id: ID!) { orgUnit(id: $id) { id } }`;
const UPDATE_VILLAGE = `mutation($id: ID!, $input: UpdateVillageInput!) { updateVillage(id: $id, input: $input) { id name } }`;

describe('ids', () => {
  beforeAll(() => leader.data(ORG_UNIT, { id: county.ids.countyId }));

  it.each(['abc', 'NaN', 'Infinity', '1e3', '0x10', '-1', '0', '012', ' 1', '1.5', '2147483648', '99999999999999999999'])(
    'refuses %j as BAD_USER_INPUT naming the argument, before any SQL',
    async (id) => {
      county.db.queries.length = 0;
      expect(refusal(await leader.run(ORG_UNIT, { id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'invalidId' });
      expect(county.db.queries).toEqual([]);
    },
  );

  it('names the path of an id inside an input or a list, and checks literals too', async () => {
    const register = `mutation($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }`;
    const input = { villageId: '1e3', channel: 'VISIT', category: 'OTHER', description: '村民反映的情况' };
    expect(refusal(await leader.run(register, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.villageId', reason: 'invalidId' });
    const reorder = `mutation($ids: [ID!]!) { reorderAgendaItems(meetingId: 1, itemIds: $ids) { id } }`;
    expect(refusal(await leader.run(reorder, { ids: ['1', '0x10'] }))).toMatchObject({ field: 'itemIds.1', reason: 'invalidId' });
    expect(refusal(await leader.run(`{ orgUnit(id: "NaN") { id } }`))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'invalidId' });
  });

  it('reads a well-formed id as the number it is', async () => {
    expect(await leader.data(ORG_UNIT, { id: String(county.ids.east1Id) })).toEqual({ orgUnit: { id: String(county.ids.east1Id) } });
  });
});

describe('texts', () => {
  it('refuses a NUL byte or another control character anywhere, naming the field', async () => {
    expect(refusal(await leader.run(UPDATE_VILLAGE, { id: county.ids.east1Id, input: { name: '东\u0000一村' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      reason: 'controlCharacter',
    });
    const search = `query($filter: VillageFilter) { villages(first: 5, filter: $filter) { totalCount } }`;
    expect(refusal(await leader.run(search, { filter: { search: '\u001b[2J' } }))).toMatchObject({ field: 'filter.search', reason: 'controlCharacter' });
  });

  it('refuses half an emoji (a lone surrogate), which the audit trail could not store', async () => {
    expect(refusal(await leader.run(UPDATE_VILLAGE, { id: county.ids.east1Id, input: { name: '东一村\ud83d' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      reason: 'malformedText',
    });
  });

  it('refuses a village renamed to spaces and stores a name trimmed', async () => {
    expect(refusal(await leader.run(UPDATE_VILLAGE, { id: county.ids.east2Id, input: { name: '   ' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
    const { updateVillage } = await leader.data(UPDATE_VILLAGE, { id: county.ids.east2Id, input: { name: '  东二新村 ' } });
    expect(updateVillage.name).toBe('东二新村');
  });

  it('refuses a veto event with blank summary and evidence, and writes nothing', async () => {
    const veto = `mutation($input: RecordVetoEventInput!) { recordVetoEvent(input: $input) { id } }`;
    const input = { villageId: county.ids.east1Id, kind: 'PETITION_ABOVE_COUNTY', occurredOn: '2026-10-10', summary: ' \n ', evidence: '案卷 12 号' };
    const before = await count('assessment_veto_event');
    expect(refusal(await leader.run(veto, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.summary', reason: 'blank' });
    expect(refusal(await leader.run(veto, { input: { ...input, summary: '村民赴省上访', evidence: '  ' } }))).toMatchObject({
      field: 'input.evidence',
      reason: 'blank',
    });
    expect(await count('assessment_veto_event')).toBe(before);
  });
});

describe('dates, months and numbers', () => {
  it.each(['0000-01', '9999-12', '2026-13', '1899-12'])('refuses the month %s', async (month) => {
    const result = await leader.run(`query($id: ID!, $p: PeriodInput!) { indicators(orgUnitId: $id, period: $p) { __typename } }`, {
      id: county.ids.countyId,
      p: { from: month, to: '2026-10' },
    });
    expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'invalidMonth' });
  });

  it.each(['0000-01-01', '9999-12-31', '2026-02-30'])('refuses the date %s', async (occurredOn) => {
    const veto = `mutation($input: RecordVetoEventInput!) { recordVetoEvent(input: $input) { id } }`;
    const result = await leader.run(veto, {
      input: { villageId: county.ids.east1Id, kind: 'PETITION_ABOVE_COUNTY', occurredOn, summary: '上访', evidence: '案卷' },
    });
    expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'invalidDate' });
  });

  it.each([2_147_483_647, 0, -1, 9999])('refuses the year %d before it reaches SQL', async (year) => {
    const samples = `query($year: Int!) { spotCheckSamples(year: $year, first: 5) { totalCount } }`;
    expect(refusal(await leader.run(samples, { year }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year', reason: 'yearOutOfRange' });
  });

  it('refuses a negative complaint time limit inside the nested input, and writes nothing', async () => {
    const set = `mutation($input: SetComplaintTimeLimitInput!) { setComplaintTimeLimit(input: $input) { category } }`;
    const before = await count('complaint_time_limit');
    const input = { category: 'OTHER', urgency: 'GENERAL', accept: { amount: -24, unit: 'HOURS' }, reply: { amount: 5, unit: 'WORKING_DAYS' } };
    expect(refusal(await leader.run(set, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.accept.amount', reason: 'min' });
    expect(await count('complaint_time_limit')).toBe(before);
  });
});
