import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, INDICATORS, notFound, TOWNSHIP_KINDS, VILLAGE_KINDS, type IndicatorKey } from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { page, type PageRequest } from '../../db/page.js';
import { containing, sql, startingWith, type Sql } from '../../db/sql.js';
import { resolvePeriod, type Period } from '../../graphql/period.js';
import { indicatorValueSql } from '../statistics/indicator.sql.js';
import { audit, snapshot } from '../audit/index.js';
import { OrgUnit } from './org-unit.entity.js';
import { isVillage } from './org-unit.sql.js';
import type { CreateVillageInput, UpdateVillageInput, VillageFilter, VillageOrder } from './village.inputs.js';

const PLAIN_ORDER: Record<string, Sql> = { NAME: sql`v.name`, CODE: sql`v.code`, POPULATION: sql`v.population` };

export interface VillageListArgs extends PageRequest {
  filter?: VillageFilter | null;
  orderBy?: VillageOrder | null;
  period?: Period | null;
}

/**
 * One SQL statement lists a page of villages in scope, filtered and sorted; ordering by an
 * indicator aggregates the period's statistics in the same statement. Offset cursors: the
 * dashboard keeps them in shareable links, and indicator values are often null.
 */
export async function listVillages(em: EntityManager, scope: Scope, args: VillageListArgs) {
  const where = [isVillage('v'), sql.scoped(scope, 'v')];
  const { townshipId, category, search } = args.filter ?? {};
  if (townshipId != null) where.push(sql`v.parent_id = ${Number(townshipId)}`);
  if (category) where.push(sql`v.category = ${category}`);
  if (search?.trim()) where.push(sql`(v.name like ${containing(search.trim())} or v.code like ${startingWith(search.trim())})`);

  const field = args.orderBy?.field ?? 'NAME';
  const direction = args.orderBy?.direction === 'DESC' ? sql`desc` : sql`asc`;
  let from = sql`org_unit v`;
  let order = sql`${PLAIN_ORDER[field] ?? PLAIN_ORDER.NAME} ${direction} nulls last`;
  if (field in INDICATORS) {
    const period = await resolvePeriod(em, scope, args.period);
    from = sql`org_unit v left join (select s.village_id, ${sql.raw(indicatorValueSql(field as IndicatorKey))} as value from village_statistic s
             where s.month between ${`${period.from}-01`}::date and ${`${period.to}-01`}::date group by s.village_id) ind on ind.village_id = v.id`;
    order = sql`ind.value ${direction} nulls last`;
  }
  return page<Record<string, unknown>, OrgUnit>(
    em,
    args,
    {
      select: sql`v.*`,
      from,
      where: sql.and(where),
      countFrom: sql`org_unit v`,
      orderBy: sql`${order}, v.name, v.id`,
    },
    (rows) => rows.map((row) => em.map(OrgUnit, row)),
  );
}

/** A village inside the scope, or NOT_FOUND (a village outside the scope is not admitted to exist). */
export async function getVillage(em: EntityManager, scope: Scope, id: number): Promise<OrgUnit> {
  const village = await em.findOne(OrgUnit, { id, kind: { $in: [...VILLAGE_KINDS] }, ...scope.where() });
  if (!village) throw notFound('Village', id);
  return village;
}

export async function createVillage(em: EntityManager, scope: Scope, viewer: Viewer, input: CreateVillageInput): Promise<OrgUnit> {
  return em.transactional(async (tx) => {
    const township = await tx.findOne(OrgUnit, { id: Number(input.townshipId), ...scope.where() });
    if (!township || !TOWNSHIP_KINDS.includes(township.kind))
      throw badInput('input.townshipId', `Township ${input.townshipId} does not exist or is outside your scope`, 'notFound', { id: input.townshipId });
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
