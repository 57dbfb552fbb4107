import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound, TOWNSHIP_KINDS } from '@township/shared';
import { query, sql } from '../../db/sql.js';
import type { Scope } from '../../graphql/scope.js';
import { OrgUnit } from '../org-units/index.js';

/**
 * The township whose meetings the viewer asks for. Meetings show figures of every village of the
 * township, so the whole township must be inside the scope: a village officer reads none.
 */
export async function townshipInScope(em: EntityManager, scope: Scope, id: number, field?: string): Promise<OrgUnit> {
  const township = await em.findOne(OrgUnit, { id, kind: { $in: [...TOWNSHIP_KINDS] } });
  // Not a township and not wholly inside the scope answer alike, so the refusal tells nothing of what lies outside.
  if (!township || !scope.contains(township.path))
    throw field ? badInput(field, `Township ${id} does not exist or is outside your scope`, 'notFound', { id }) : notFound('Township', id);
  return township;
}

/** Checks that every cadre id belongs to the township or its villages, and every department id to the township; the field names the input at fault. */
export async function checkParticipants(
  em: EntityManager,
  township: OrgUnit,
  refs: { cadreIds: [string, number][]; departmentIds: [string, number][] },
): Promise<void> {
  const cadreIds = refs.cadreIds.map(([, id]) => id);
  const departmentIds = refs.departmentIds.map(([, id]) => id);
  // One after the other: called inside transactions, where both would share one connection.
  const cadres = cadreIds.length
    ? await query(
        em,
        sql<{
          id: number;
        }>`select c.id from cadre c join org_unit u on u.id = c.unit_id where c.id = any(${cadreIds}::int[]) and u.path like ${`${township.path}%`}`,
      )
    : [];
  const departments = departmentIds.length
    ? await query(em, sql<{ id: number }>`select d.id from department d where d.id = any(${departmentIds}::int[]) and d.org_unit_id = ${township.id}`)
    : [];
  const badCadre = refs.cadreIds.find(([, id]) => !cadres.some((c) => Number(c.id) === id));
  if (badCadre)
    throw badInput(badCadre[0], `cadre ${badCadre[1]} does not work in ${township.name}`, 'cadreNotInTownship', {
      cadreId: badCadre[1],
      township: township.name,
    });
  const badDepartment = refs.departmentIds.find(([, id]) => !departments.some((d) => Number(d.id) === id));
  if (badDepartment)
    throw badInput(badDepartment[0], `department ${badDepartment[1]} is not a department of ${township.name}`, 'departmentNotInTownship', {
      departmentId: badDepartment[1],
      township: township.name,
    });
}
