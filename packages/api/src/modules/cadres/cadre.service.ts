import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, CadreRole, DomainError, ErrorCode, notFound, refusal } from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { page, type PageRequest } from '../../db/page.js';
import { containing, queryOne, sql, type Sql } from '../../db/sql.js';
import { audit, snapshot } from '../audit/index.js';
import { OrgUnit } from '../org-units/index.js';
import { CadreAssignment } from './cadre-assignment.entity.js';
import { Cadre } from './cadre.entity.js';
import type { AssignCadreInput, CadreFilter, CadreInput } from './cadre.inputs.js';

/** Functions one person holds for a unit at a time: a new assignment hands the unit over. */
const SINGLE_HOLDER_ROLES: readonly CadreRole[] = [CadreRole.StationedCadre];

/**
 * A cadre is visible when they belong to a unit in scope or are assigned to one (a village
 * officer sees the township cadre stationed in their village).
 */
function visibleCadre(scope: Scope, alias: string): Sql {
  const c = sql.id(alias);
  return sql`(exists (select 1 from org_unit cu where cu.id = ${c}.unit_id and ${sql.scoped(scope, 'cu')})
      or exists (select 1 from cadre_assignment a join org_unit au on au.id = a.org_unit_id where a.cadre_id = ${c}.id and ${sql.scoped(scope, 'au')}))`;
}

export async function listCadres(em: EntityManager, scope: Scope, args: PageRequest & { filter?: CadreFilter | null }) {
  const where = [visibleCadre(scope, 'c')];
  const { orgUnitId, role, search } = args.filter ?? {};
  if (orgUnitId != null) {
    where.push(sql`(exists (select 1 from org_unit fu, org_unit target where target.id = ${Number(orgUnitId)} and fu.id = c.unit_id and fu.path like target.path || '%')
       or exists (select 1 from cadre_assignment fa join org_unit fau on fau.id = fa.org_unit_id, org_unit target where target.id = ${Number(orgUnitId)} and fa.cadre_id = c.id and fau.path like target.path || '%'))`);
  }
  if (role) where.push(sql`${role} = any(c.roles)`);
  if (search?.trim()) where.push(sql`c.name like ${containing(search.trim())}`);
  return page<Record<string, unknown>, Cadre>(
    em,
    args,
    {
      select: sql`c.*`,
      from: sql`cadre c`,
      where: sql.and(where),
      keyset: [{ by: sql`c.name` }, { by: sql`c.id` }],
    },
    (rows) => rows.map((row) => em.map(Cadre, row)),
  );
}

export async function getCadre(em: EntityManager, scope: Scope, id: number): Promise<Cadre> {
  const row = await queryOne(em, sql`select c.* from cadre c where c.id = ${id} and ${visibleCadre(scope, 'c')}`);
  if (!row) throw notFound('Cadre', id);
  return em.map(Cadre, row);
}

async function unitInScope(em: EntityManager, scope: Scope, id: number, field: string): Promise<OrgUnit> {
  const unit = await em.findOne(OrgUnit, { id, ...scope.where() });
  if (!unit) throw badInput(field, `Unit ${id} does not exist or is outside your scope`, 'notFound', { id });
  return unit;
}

export async function createCadre(em: EntityManager, scope: Scope, viewer: Viewer, input: CadreInput): Promise<Cadre> {
  return em.transactional(async (tx) => {
    const { unitId, ...fields } = input;
    const cadre = tx.create(Cadre, { ...fields, unit: await unitInScope(tx, scope, Number(unitId), 'input.unitId') });
    await tx.flush();
    audit(tx, viewer, { action: 'createCadre', entityType: 'Cadre', entityId: cadre.id, after: snapshot(cadre) });
    await tx.flush();
    return cadre;
  });
}

export async function updateCadre(em: EntityManager, scope: Scope, viewer: Viewer, id: number, input: CadreInput): Promise<Cadre> {
  return em.transactional(async (tx) => {
    const cadre = await tx.findOne(Cadre, { id, unit: scope.where() });
    if (!cadre) throw notFound('Cadre', id);
    const before = snapshot(cadre);
    const { unitId, ...fields } = input;
    tx.assign(cadre, { ...fields, unit: await unitInScope(tx, scope, Number(unitId), 'input.unitId') });
    audit(tx, viewer, { action: 'updateCadre', entityType: 'Cadre', entityId: cadre.id, before, after: snapshot(cadre) });
    await tx.flush();
    return cadre;
  });
}

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export async function assignCadre(em: EntityManager, scope: Scope, viewer: Viewer, input: AssignCadreInput): Promise<CadreAssignment> {
  if (input.endDate && input.endDate < input.startDate)
    throw badInput('input.endDate', `endDate (${input.endDate}) must not be before startDate (${input.startDate})`, 'endBeforeStart', {
      start: input.startDate,
      end: input.endDate,
    });
  return em.transactional(async (tx) => {
    const cadre = await tx.findOne(Cadre, { id: Number(input.cadreId) });
    if (!cadre) throw badInput('input.cadreId', `Cadre ${input.cadreId} does not exist`, 'notFound', { id: input.cadreId });
    const unit = await unitInScope(tx, scope, Number(input.orgUnitId), 'input.orgUnitId');
    const open = await tx.find(CadreAssignment, { orgUnit: unit, role: input.role, $or: [{ endDate: null }, { endDate: { $gte: input.startDate } }] });
    if (open.some((a) => a.cadre.id === cadre.id)) {
      throw new DomainError(
        ErrorCode.Conflict,
        `${cadre.name} already holds ${input.role} for ${unit.name} in that period`,
        'input.cadreId',
        refusal('roleAlreadyHeld', { cadre: cadre.name, unit: unit.name }),
      );
    }
    if (SINGLE_HOLDER_ROLES.includes(input.role)) {
      for (const previous of open) {
        if (previous.startDate >= input.startDate)
          throw badInput('input.startDate', `startDate must be after the current holder's start (${previous.startDate})`, 'notAfter', {
            date: input.startDate,
            limit: previous.startDate,
          });
        const before = snapshot(previous);
        previous.endDate = dayBefore(input.startDate);
        audit(tx, viewer, { action: 'assignCadre', entityType: 'CadreAssignment', entityId: previous.id, before, after: snapshot(previous) });
      }
    }
    const assignment = tx.create(CadreAssignment, { cadre, orgUnit: unit, role: input.role, startDate: input.startDate, endDate: input.endDate ?? null });
    await tx.flush();
    audit(tx, viewer, { action: 'assignCadre', entityType: 'CadreAssignment', entityId: assignment.id, after: snapshot(assignment) });
    await tx.flush();
    return assignment;
  });
}

export async function endAssignment(em: EntityManager, scope: Scope, viewer: Viewer, id: number, endDate: string): Promise<CadreAssignment> {
  return em.transactional(async (tx) => {
    const assignment = await tx.findOne(CadreAssignment, { id, orgUnit: scope.where() });
    if (!assignment) throw notFound('Assignment', id);
    if (endDate < assignment.startDate)
      throw badInput('endDate', `endDate (${endDate}) must not be before the start (${assignment.startDate})`, 'endBeforeStart', {
        start: assignment.startDate,
        end: endDate,
      });
    const before = snapshot(assignment);
    assignment.endDate = endDate;
    audit(tx, viewer, { action: 'endAssignment', entityType: 'CadreAssignment', entityId: assignment.id, before, after: snapshot(assignment) });
    await tx.flush();
    return assignment;
  });
}
