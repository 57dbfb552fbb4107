import { describe, expect, it } from 'vitest';
import { withSmallCounty } from '../../test/fixtures.js';
import { callerAs, errorOf } from '../../test/graphql.js';

const county = withSmallCounty();
const office = callerAs('office', () => county.db.orm);

const STATIONED = `query($id: ID!) { village(id: $id) { stationedCadre { name } assignments(currentOnly: false) { role startDate endDate current cadre { name } } } }`;

describe('cadres and assignments (驻村负责制)', () => {
  it('shows who is stationed in a village, with history', async () => {
    const { village } = await office.data(STATIONED, { id: county.ids.east1Id });
    expect(village.stationedCadre).toEqual({ name: '王东' });
    expect(village.assignments).toContainEqual({
      role: 'STATIONED_CADRE',
      startDate: '2024-01-01',
      endDate: '2024-12-31',
      current: false,
      cadre: { name: '李西' },
    });
  });

  it('hands a village over to a new stationed cadre, ending the previous one the day before', async () => {
    const { createCadre } = await office.data(`mutation($input: CadreInput!) { createCadre(input: $input) { id name unit { name } } }`, {
      input: { name: '赵新', gender: 'MALE', unitId: county.ids.eastId, roles: ['STATIONED_CADRE'], phone: '13900000009', education: 'BACHELOR' },
    });
    await office.data(`mutation($input: AssignCadreInput!) { assignCadre(input: $input) { id } }`, {
      input: { cadreId: createCadre.id, orgUnitId: county.ids.east1Id, role: 'STATIONED_CADRE', startDate: '2026-01-01' },
    });
    const { village } = await office.data(STATIONED, { id: county.ids.east1Id });
    expect(village.stationedCadre).toEqual({ name: '赵新' });
    expect(village.assignments).toContainEqual({
      role: 'STATIONED_CADRE',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      current: false,
      cadre: { name: '王东' },
    });
  });

  it('refuses bad input with the field named', async () => {
    const bad = await office.run(`mutation($input: CadreInput!) { createCadre(input: $input) { id } }`, {
      input: { name: '钱坏', gender: 'FEMALE', unitId: county.ids.east1Id, roles: ['VILLAGE_OFFICER'], phone: '12345' },
    });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phone' });
    const reversed = await office.run(`mutation($input: AssignCadreInput!) { assignCadre(input: $input) { id } }`, {
      input: { cadreId: 1, orgUnitId: county.ids.east2Id, role: 'VILLAGE_OFFICER', startDate: '2026-05-01', endDate: '2026-04-01' },
    });
    expect(errorOf(reversed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endDate' });
    const badDate = await office.run(`mutation { endAssignment(id: 1, endDate: "2026-02-30") { id } }`);
    expect(badDate.errors?.[0].message).toMatch(/Date must look like/);
  });

  it('lists cadres filtered by unit and role', async () => {
    const { cadres } = await office.data(
      `query($id: ID!) { cadres(first: 10, filter: { orgUnitId: $id, role: VILLAGE_OFFICER }) { totalCount nodes { name roles } } }`,
      { id: county.ids.eastId },
    );
    expect(cadres).toEqual({ totalCount: 1, nodes: [{ name: '张一', roles: ['VILLAGE_OFFICER'] }] });
  });
});
