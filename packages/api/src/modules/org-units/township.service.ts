import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, TOWNSHIP_KINDS } from '@township/shared';
import { query, sql } from '../../db/sql.js';
import type { Scope } from '../../graphql/scope.js';
import { OrgUnit } from './org-unit.entity.js';
import { isVillage } from './org-unit.sql.js';

export interface TownshipTotals {
  villageCount: number;
  population: number;
  marriedWomen: number;
}

/**
 * Townships a viewer may see: those inside the scope, and for a viewer scoped below a township,
 * the township above them (its identity only; its totals are cut to the scope).
 */
export async function listTownships(em: EntityManager, scope: Scope): Promise<OrgUnit[]> {
  const units = await em.find(OrgUnit, { kind: { $in: [...TOWNSHIP_KINDS] } }, { orderBy: { code: 'asc' } });
  return units.filter((t) => scope.canIdentify(t.path));
}

export async function getTownship(em: EntityManager, scope: Scope, id: number): Promise<OrgUnit> {
  const township = await em.findOne(OrgUnit, { id, kind: { $in: [...TOWNSHIP_KINDS] } });
  if (!township || !scope.canIdentify(township.path)) throw notFound('Township', id);
  return township;
}

/** Village counts and profile totals per township, over the villages inside the scope only. */
export async function townshipTotals(em: EntityManager, scope: Scope, ids: readonly number[]): Promise<Map<number, TownshipTotals>> {
  const rows = await query(
    em,
    sql<{ id: number; village_count: string; population: string | null; married_women: string | null }>`
    select v.parent_id as id, count(*) as village_count, sum(v.population) as population, sum(v.married_women) as married_women
      from org_unit v
     where v.parent_id in (${sql.list(ids)}) and ${isVillage('v')} and ${sql.scoped(scope, 'v')}
     group by v.parent_id`,
  );
  return new Map(
    rows.map((r) => [
      Number(r.id),
      { villageCount: Number(r.village_count), population: Number(r.population ?? 0), marriedWomen: Number(r.married_women ?? 0) },
    ]),
  );
}
