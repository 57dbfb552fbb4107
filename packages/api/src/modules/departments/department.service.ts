import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from '../../graphql/scope.js';
import { Department } from './department.entity.js';
import { ResponsibilityLetter } from './responsibility-letter.entity.js';

/** Departments at units in scope or above it (a village sees its township's departments), optionally of one township. */
export async function listDepartments(em: EntityManager, scope: Scope, townshipId?: number | null): Promise<Department[]> {
  const departments = await em.find(Department, townshipId != null ? { orgUnit: Number(townshipId) } : {}, {
    populate: ['orgUnit'],
    orderBy: { orgUnit: { code: 'asc' }, code: 'asc' },
  });
  return departments.filter((d) => scope.canIdentify(d.orgUnit.path));
}

/** Letters of the given departments, newest year first, grouped by department. */
export async function lettersByDepartment(em: EntityManager, ids: readonly number[]): Promise<ResponsibilityLetter[][]> {
  const letters = await em.find(ResponsibilityLetter, { department: { $in: [...ids] } }, { orderBy: { year: 'desc' } });
  return ids.map((id) => letters.filter((l) => l.department.id === id));
}
