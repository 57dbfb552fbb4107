import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, INDICATORS, notFound, TOWNSHIP_KINDS, VILLAGE_KINDS, type IndicatorKey } from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { pageWindow, type PageRequest } from '../../graphql/connection.js';
import { resolvePeriod, type Period } from '../../graphql/period.js';
import { indicatorValueSql } from '../../db/indicator-sql.js';
import { audit, snapshot } from '../audit/index.js';
import { OrgUnit } from './org-unit.entity.js';
import type { CreateVillageInput, UpdateVillageInput, VillageFilter, VillageOrder } from './village.inputs.js';

const VILLAGE_KIND_LIST = VILLAGE_KINDS.map((k) => `'${k}'`).join(', ');
const PLAIN_ORDER: Record<string, string> = { NAME: 'v.name', CODE: 'v.code', POPULATION: 'v.population' };

export interface VillageListArgs extends PageRequest {
  filter?: VillageFilter | null;
  orderBy?: VillageOrder | null;
  period?: Period | null;
}

/**
 * One SQL statement lists a page of villages in scope, filtered and sorted; ordering by an
 * indicator aggregates the period's statistics in the same statement.
 */
export async function listVillages(em: EntityManager, scope: Scope, args: VillageListArgs, withTotal: boolean) {
  const { offset, limit } = pageWindow(args);
  const [scopeSql, scopeParams] = scope.sql('v');
  const where = [`v.kind in (${VILLAGE_KIND_LIST})`, scopeSql];
  const params: unknown[] = [...scopeParams];
  const { townshipId, category, search } = args.filter ?? {};
  if (townshipId != null) { where.push('v.parent_id = ?'); params.push(Number(townshipId)); }
  if (category) { where.push('v.category = ?'); params.push(category); }
  if (search?.trim()) { where.push(`(v.name like ? or v.code like ?)`); params.push(`%${escapeLike(search.trim())}%`, `${escapeLike(search.trim())}%`); }
  const whereSql = where.join(' and ');

  const field = args.orderBy?.field ?? 'NAME';
  const direction = args.orderBy?.direction === 'DESC' ? 'desc' : 'asc';
  let join = '';
  let orderSql = `${PLAIN_ORDER[field] ?? 'v.name'} ${direction} nulls last`;
  const joinParams: unknown[] = [];
  if (field in INDICATORS) {
    const period = await resolvePeriod(em, scope, args.period);
    join = `left join (select s.village_id, ${indicatorValueSql(field as IndicatorKey)} as value from village_statistic s
             where s.month between ?::date and ?::date group by s.village_id) ind on ind.village_id = v.id`;
    joinParams.push(`${period.from}-01`, `${period.to}-01`);
    orderSql = `ind.value ${direction} nulls last`;
  }
  const conn = em.getConnection();
  const [rows, count] = await Promise.all([
    conn.execute<Record<string, unknown>[]>(
      `select v.* from org_unit v ${join} where ${whereSql} order by ${orderSql}, v.name, v.id limit ? offset ?`,
      [...joinParams, ...params, limit, offset],
    ),
    withTotal ? conn.execute<{ n: string }[]>(`select count(*) as n from org_unit v where ${whereSql}`, params) : null,
  ]);
  return { rows: rows.map((row) => em.map(OrgUnit, row)), totalCount: count ? Number(count[0].n) : undefined };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A village inside the scope, or NOT_FOUND (a village outside the scope is not admitted to exist). */
export async function getVillage(em: EntityManager, scope: Scope, id: number): Promise<OrgUnit> {
  const village = await em.findOne(OrgUnit, { id, kind: { $in: [...VILLAGE_KINDS] }, ...scope.where() });
  if (!village) throw notFound('Village', id);
  return village;
}

export async function createVillage(em: EntityManager, scope: Scope, viewer: Viewer, input: CreateVillageInput): Promise<OrgUnit> {
  return em.transactional(async (tx) => {
    const township = await tx.findOne(OrgUnit, { id: Number(input.townshipId), ...scope.where() });
    if (!township || !TOWNSHIP_KINDS.includes(township.kind)) throw badInput('input.townshipId', `Township ${input.townshipId} does not exist or is outside your scope`, 'notFound', { id: input.townshipId });
    const { townshipId: _, ...profile } = input;
    const village = tx.create(OrgUnit, { ...profile, parent: township, depth: township.depth + 1 });
    // The path needs the new id: insert, then complete it in the same transaction.
    village.path = `pending:${input.code}`;
    await tx.flush();
    village.path = `${township.path}${village.id}/`;
    audit(tx, viewer, { action: 'createVillage', entityType: 'Village', entityId: village.id, after: snapshot(village) });
    await tx.flush();
    return village;
  });
}

export async function updateVillage(em: EntityManager, scope: Scope, viewer: Viewer, id: number, input: UpdateVillageInput): Promise<OrgUnit> {
  return em.transactional(async (tx) => {
    const village = await getVillage(tx, scope, id);
    const before = snapshot(village);
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    tx.assign(village, changes);
    audit(tx, viewer, { action: 'updateVillage', entityType: 'Village', entityId: village.id, before, after: snapshot(village) });
    await tx.flush();
    return village;
  });
}
