import { afterAll, beforeAll } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { query, queryOne, sql } from '../db/sql.js';
import { hashPassword } from '../modules/users/index.js';
import { createTestDatabase, type TestDatabase } from './database.js';

/**
 * A county small enough to compute by hand: two townships, three villages (two in 东镇, one in
 * 西乡), a cadre stationed in each, one user per role, and two months of statistics.
 *
 *   village   month     births  male female inPolicy  checks due/done  fee due/collected  population
 *   东一村    2026-09   10      6    4      9         20/18            1000/500           1000
 *   东一村    2026-10   4       2    2      4         10/10            0/0                1004
 *   东二村    2026-10   6       3    3      6         30/15            3000/3000          2000
 *   西一村    2026-10   2       2    0      2         10/9             0/0                500
 */
export interface SmallCounty {
  countyId: number;
  eastId: number;
  westId: number;
  east1Id: number;
  east2Id: number;
  west1Id: number;
}

export async function seedSmallCounty(orm: MikroORM): Promise<SmallCounty> {
  const { em } = orm;
  const unit = async (parentId: number | null, parentPath: string, kind: string, code: string, name: string, extra: Record<string, unknown> = {}) => {
    const cols = ['parent_id', 'kind', 'code', 'name', 'path', 'depth', 'created_at', 'updated_at', ...Object.keys(extra)];
    const values = [parentId, kind, code, name, `tmp-${code}`, parentPath.split('/').length - 2, new Date(), new Date(), ...Object.values(extra)];
    const { id } = (await queryOne(
      em,
      sql<{ id: number }>`insert into org_unit (${sql.join(cols.map((c) => sql.id(c)))}) values (${sql.list(values)}) returning id`,
    ))!;
    const path = `${parentPath}${id}/`;
    await query(em, sql`update org_unit set path = ${path} where id = ${id}`);
    return { id, path };
  };
  const county = await unit(null, '/', 'COUNTY', '371199', '测试县');
  const east = await unit(county.id, county.path, 'TOWN', '371199001', '东镇');
  const west = await unit(county.id, county.path, 'TOWNSHIP', '371199002', '西乡');
  const village = (t: { id: number; path: string }, code: string, name: string, category: string, population: number) =>
    unit(t.id, t.path, 'VILLAGE_COMMITTEE', code, name, {
      category,
      population,
      households: Math.round(population / 4),
      married_women: Math.round(population / 5),
    });
  const east1 = await village(east, '371199001001', '东一村', 'A', 1004);
  const east2 = await village(east, '371199001002', '东二村', 'B', 2000);
  const west1 = await village(west, '371199002001', '西一村', 'C', 500);

  const hash = await hashPassword('secret');
  const users: [string, string, number][] = [
    ['leader', 'LEADER', county.id],
    ['office', 'OFFICE', county.id],
    ['analyst', 'ANALYST', county.id],
    ['department', 'DEPARTMENT', county.id],
    ['admin', 'ADMIN', county.id],
    ['village', 'VILLAGE', east1.id],
    ['eastleader', 'LEADER', east.id],
  ];
  for (const [username, role, scopeId] of users) {
    await query(
      em,
      sql`insert into app_user (username, display_name, password_hash, role, scope_id, created_at) values (${username}, ${username}, ${hash}, ${role}, ${scopeId}, now())`,
    );
  }

  const cadre = async (name: string, unitId: number, role: string, phone: string) => {
    const row = await queryOne(
      em,
      sql<{
        id: number;
      }>`insert into cadre (name, gender, unit_id, roles, phone, created_at, updated_at) values (${name}, 'FEMALE', ${unitId}, ${[role]}::cadre_role[], ${phone}, now(), now()) returning id`,
    );
    return row!.id;
  };
  const assign = (cadreId: number, unitId: number, role: string, start: string, end: string | null = null) =>
    query(
      em,
      sql`insert into cadre_assignment (cadre_id, org_unit_id, role, start_date, end_date, created_at) values (${cadreId}, ${unitId}, ${role}, ${start}, ${end}, now())`,
    );
  const eastCadre = await cadre('王东', east.id, 'STATIONED_CADRE', '13800000001');
  const westCadre = await cadre('李西', west.id, 'STATIONED_CADRE', '13800000002');
  const officer = await cadre('张一', east1.id, 'VILLAGE_OFFICER', '13800000003');
  await assign(eastCadre, east1.id, 'STATIONED_CADRE', '2025-01-01');
  await assign(eastCadre, east2.id, 'STATIONED_CADRE', '2025-01-01');
  await assign(westCadre, west1.id, 'STATIONED_CADRE', '2025-01-01');
  await assign(westCadre, east1.id, 'STATIONED_CADRE', '2024-01-01', '2024-12-31');
  await assign(officer, east1.id, 'VILLAGE_OFFICER', '2023-03-01');

  const stat = (
    villageId: number,
    month: string,
    births: [number, number, number, number],
    checks: [number, number],
    fee: [number, number],
    population: number,
  ) =>
    query(
      em,
      sql`insert into village_statistic (village_id, county_id, month, population, households, married_women, births, births_male, births_female, births_in_policy,
         deaths, contraception_users, health_checks_due, health_checks_done, floating_in, floating_out, fee_due, fee_collected, incentives_paid, recorded_at)
       values (${sql.list([villageId, county.id, `${month}-01`, population, Math.round(population / 4), Math.round(population / 5), ...births])}, 1,
               ${sql.list([Math.round(population / 10), ...checks])}, 0, 0, ${sql.list(fee)}, 0, now())`,
    );
  await stat(east1.id, '2026-09', [10, 6, 4, 9], [20, 18], [1000, 500], 1000);
  await stat(east1.id, '2026-10', [4, 2, 2, 4], [10, 10], [0, 0], 1004);
  await stat(east2.id, '2026-10', [6, 3, 3, 6], [30, 15], [3000, 3000], 2000);
  await stat(west1.id, '2026-10', [2, 2, 0, 2], [10, 9], [0, 0], 500);

  return { countyId: county.id, eastId: east.id, westId: west.id, east1Id: east1.id, east2Id: east2.id, west1Id: west1.id };
}

/**
 * Registers beforeAll/afterAll hooks giving the test file its own database with the small
 * county loaded; read `db` and `ids` inside tests (they are set once the hooks have run).
 */
export function withSmallCounty(): { db: TestDatabase; ids: SmallCounty } {
  const state = {} as { db: TestDatabase; ids: SmallCounty };
  beforeAll(async () => {
    state.db = await createTestDatabase();
    state.ids = await seedSmallCounty(state.db.orm);
  });
  afterAll(() => state.db.close());
  return state;
}
