import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import { CadreRole, OrgUnitKind, STATISTIC_FIELDS, validateStatistics } from '@township/shared';
import { queryOne, sql } from '../db/sql.js';
import { hashPassword } from '../modules/users/password.js';
import { planCadres, type CadreRoster } from './cadres.js';
import { planDepartments, type DepartmentPlan, type LetterPlan } from './departments.js';
import { allUnits, planCounty, type CountyPlan, type UnitPlan } from './geography.js';
import { bulkInsert, reserveIds, type Cell } from './insert.js';
import { Random } from './prng.js';
import { profileVillages, simulateVillage, statisticMonths, type StatisticRow } from './statistics.js';
import { DEMO_PASSWORD, DEMO_USERS } from './users.js';
import { loadFeatureDemos } from './features.js';

export { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './users.js';
export { COUNTY_FACTS } from './geography.js';

/** The seed used when none is given: the same demo county on every machine. */
export const DEFAULT_DEMO_SEED = 20261123;

export interface DemoOptions {
  seed?: number;
  /** Multiplies the villages per township (10 ⇒ ~6,330 villages) for benchmarks. */
  scale?: number;
  /** The statistics end with this month; defaults to now. */
  today?: Date;
}

export interface DemoSummary {
  seed: number;
  scale: number;
  townships: number;
  villages: number;
  serviceZones: number;
  population: number;
  households: number;
  marriedWomen: number;
  cadres: Record<CadreRole, number>;
  villageOfficers: number;
  assignments: number;
  departments: number;
  letters: number;
  statisticRows: number;
  months: number;
  firstMonth: string;
  lastMonth: string;
  users: number;
  /** The village the `village` user is scoped to. */
  villageUserScope: string;
  milliseconds: number;
  /** One line per feature demo loader (see features.ts). */
  features: string[];
}

/** True when the database holds no org units, i.e. the demo data may be loaded. */
export async function isDatabaseEmpty(orm: MikroORM): Promise<boolean> {
  const row = await queryOne(orm.em, sql<{ found: boolean }>`select exists (select 1 from org_unit) as found`);
  return !row!.found;
}

interface DemoPlan {
  county: CountyPlan;
  roster: CadreRoster;
  departments: DepartmentPlan[];
  letters: LetterPlan[];
  statistics: StatisticRow[];
  months: string[];
  villageUserScope: UnitPlan;
}

/** Everything to insert, computed in memory from the seed alone. */
function planDemo(seed: number, scale: number, today: Date): DemoPlan {
  const root = new Random(seed);
  const county = planCounty(root.fork('geography'), scale);
  const months = statisticMonths(today);
  const profiles = profileVillages(root.fork('profiles'), county.villages);
  const random = root.fork('statistics');
  const statistics: StatisticRow[] = [];
  for (const village of county.villages) {
    for (const row of simulateVillage(random, village, profiles.get(village)!, months, today)) {
      const problems = validateStatistics(row);
      if (problems.length) throw new Error(`demo statistics for ${village.unit.name} ${row.month}: ${problems[0].message}`);
      statistics.push(row);
    }
  }
  const roster = planCadres(root.fork('cadres'), county, today);
  const { departments, letters } = planDepartments(root.fork('departments'), county, today);
  const home = county.townships[0].villages;
  const villageUserScope = (home.find((v) => v.unit.kind === OrgUnitKind.VillageCommittee) ?? home[0]).unit;
  return { county, roster, departments, letters, statistics, months, villageUserScope };
}

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Writes the plan with one multi-row statement per table (chunked), inside the caller's transaction. */
async function writeDemo(trx: Knex.Transaction, plan: DemoPlan, passwordHash: string, now: string): Promise<void> {
  const units = allUnits(plan.county);
  const unitIds = await reserveIds(trx, 'org_unit', units.length);
  units.forEach((u, i) => {
    u.id = unitIds[i];
    u.path = `${u.parent ? u.parent.path : '/'}${u.id}/`;
  });
  await bulkInsert(
    trx,
    'org_unit',
    [
      { name: 'id', type: 'int' },
      { name: 'parent_id', type: 'int' },
      { name: 'kind', type: 'org_unit_kind' },
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'path', type: 'text' },
      { name: 'depth', type: 'smallint' },
      { name: 'households', type: 'int' },
      { name: 'population', type: 'int' },
      { name: 'married_women', type: 'int' },
      { name: 'category', type: 'village_category' },
      { name: 'latitude', type: 'float8' },
      { name: 'longitude', type: 'float8' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    units.map((u): Cell[] => [
      u.id,
      u.parent?.id ?? null,
      u.kind,
      u.code,
      u.name,
      u.path,
      u.depth,
      u.households,
      u.population,
      u.marriedWomen,
      u.category,
      u.latitude,
      u.longitude,
      now,
      now,
    ]),
  );

  const { cadres, assignments } = plan.roster;
  const cadreIds = await reserveIds(trx, 'cadre', cadres.length);
  cadres.forEach((c, i) => (c.id = cadreIds[i]));
  await bulkInsert(
    trx,
    'cadre',
    [
      { name: 'id', type: 'int' },
      { name: 'name', type: 'text' },
      { name: 'gender', type: 'gender' },
      { name: 'birth_year', type: 'smallint' },
      { name: 'education', type: 'education' },
      { name: 'phone', type: 'text' },
      { name: 'unit_id', type: 'int' },
      { name: 'roles', type: 'cadre_role', wrap: 'array[%]' },
      { name: 'active', type: 'boolean' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    cadres.map((c): Cell[] => [c.id, c.name, c.gender, c.birthYear, c.education, c.phone, c.unit.id, c.role, true, now, now]),
  );
  await bulkInsert(
    trx,
    'cadre_assignment',
    [
      { name: 'cadre_id', type: 'int' },
      { name: 'org_unit_id', type: 'int' },
      { name: 'role', type: 'cadre_role' },
      { name: 'start_date', type: 'date' },
      { name: 'end_date', type: 'date' },
      { name: 'created_at', type: 'timestamptz' },
    ],
    assignments.map((a): Cell[] => [a.cadre.id, a.unit.id, a.role, a.startDate, a.endDate, now]),
  );

  const departmentIds = await reserveIds(trx, 'department', plan.departments.length);
  plan.departments.forEach((d, i) => (d.id = departmentIds[i]));
  await bulkInsert(
    trx,
    'department',
    [
      { name: 'id', type: 'int' },
      { name: 'org_unit_id', type: 'int' },
      { name: 'code', type: 'department_code' },
      { name: 'name', type: 'text' },
    ],
    plan.departments.map((d): Cell[] => [d.id, d.township.id, d.code, d.name]),
  );
  await bulkInsert(
    trx,
    'responsibility_letter',
    [
      { name: 'department_id', type: 'int' },
      { name: 'township_id', type: 'int' },
      { name: 'year', type: 'smallint' },
      { name: 'signed_on', type: 'date' },
      { name: 'commitments', type: 'text' },
    ],
    plan.letters.map((l): Cell[] => [l.department.id, l.department.township.id, l.year, l.signedOn, l.commitments]),
  );

  const countyId = plan.county.county.id;
  await bulkInsert(
    trx,
    'village_statistic',
    [
      { name: 'village_id', type: 'int' },
      { name: 'county_id', type: 'int' },
      { name: 'month', type: 'date' },
      ...STATISTIC_FIELDS.map((f) => ({ name: snake(f), type: 'int' })),
      { name: 'recorded_at', type: 'timestamptz' },
    ],
    plan.statistics.map((s): Cell[] => [s.village.unit.id, countyId, s.month, ...STATISTIC_FIELDS.map((f) => s[f]), s.recordedAt]),
  );

  await bulkInsert(
    trx,
    'app_user',
    [
      { name: 'username', type: 'text' },
      { name: 'display_name', type: 'text' },
      { name: 'password_hash', type: 'text' },
      { name: 'role', type: 'user_role' },
      { name: 'scope_id', type: 'int' },
      { name: 'active', type: 'boolean' },
      { name: 'created_at', type: 'timestamptz' },
    ],
    DEMO_USERS.map((u): Cell[] => [u.username, u.displayName, passwordHash, u.role, u.scope === 'village' ? plan.villageUserScope.id : countyId, true, now]),
  );
}

/**
 * Inserts the demo county (莲山县: 12 townships, 633 villages at scale 1, their people, departments
 * and 24 months of statistics, plus the demo users) in one transaction. Same seed, scale and
 * today ⇒ the same data. Refuses a database that already has org units.
 */
export async function loadDemoData(orm: MikroORM, options: DemoOptions = {}): Promise<DemoSummary> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const scale = options.scale ?? 1;
  const today = options.today ?? new Date();
  if (!(scale > 0 && Number.isFinite(scale))) throw new Error(`demo scale must be a positive number, got ${scale}`);
  if (Number.isNaN(today.getTime())) throw new Error('demo "today" is not a valid date');

  // scrypt runs on libuv's thread pool, so hashing overlaps the in-memory planning below.
  const hashing = hashPassword(DEMO_PASSWORD);
  const plan = planDemo(seed, scale, today);
  const passwordHash = await hashing;
  let features: string[] = [];

  // An EntityManager transaction, so feature loaders can also run their services' SQL in it (em and trx are the same transaction).
  await orm.em.fork().transactional(async (em) => {
    const trx = em.getTransactionContext<Knex.Transaction>()!;
    const existing = await trx.raw<{ rows: { found: boolean }[] }>('select exists (select 1 from org_unit) as found');
    if (existing.rows[0].found) throw new Error('demo data loads only into a database without org units');
    await writeDemo(trx, plan, passwordHash, today.toISOString());
    features = await loadFeatureDemos(trx, em, seed, today);
  });

  return { ...summarise(plan, seed, scale, Math.round(performance.now() - started)), features };
}

function summarise(plan: DemoPlan, seed: number, scale: number, milliseconds: number): Omit<DemoSummary, 'features'> {
  const villages = plan.county.villages;
  const sum = (pick: (u: UnitPlan) => number | null) => villages.reduce((total, v) => total + (pick(v.unit) ?? 0), 0);
  const cadres = Object.fromEntries(Object.values(CadreRole).map((r) => [r, 0])) as Record<CadreRole, number>;
  for (const c of plan.roster.cadres) cadres[c.role]++;
  return {
    seed,
    scale,
    townships: plan.county.townships.length,
    villages: villages.length,
    serviceZones: plan.county.zones.length,
    population: sum((u) => u.population),
    households: sum((u) => u.households),
    marriedWomen: sum((u) => u.marriedWomen),
    cadres,
    villageOfficers: cadres[CadreRole.VillageOfficer],
    assignments: plan.roster.assignments.length,
    departments: plan.departments.length,
    letters: plan.letters.length,
    statisticRows: plan.statistics.length,
    months: plan.months.length,
    firstMonth: plan.months[0],
    lastMonth: plan.months[plan.months.length - 1],
    users: DEMO_USERS.length,
    villageUserScope: `${plan.county.townships[0].unit.name}${plan.villageUserScope.name}`,
    milliseconds,
  };
}

/** One line for the server's start-up log. */
export function formatDemoSummary(s: DemoSummary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const people = Object.values(s.cadres).reduce((a, b) => a + b, 0);
  return (
    `demo data (seed ${s.seed}, scale ${s.scale}): ${s.townships} townships, ${n(s.villages)} villages, ` +
    `${n(s.serviceZones)} service zones, ${n(s.population)} people, ${n(s.marriedWomen)} married women, ` +
    `${n(people)} cadres (${n(s.villageOfficers)} village officers), ${s.departments} departments, ${s.letters} letters, ` +
    `${n(s.statisticRows)} statistic rows ${s.firstMonth}…${s.lastMonth}, ${s.users} users in ${(s.milliseconds / 1000).toFixed(1)} s` +
    s.features.map((line) => `\n  ${line}`).join('')
  );
}
