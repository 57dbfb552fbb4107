import DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context.js';
import { Department } from './department.entity.js';
import { lettersByDepartment } from './department.service.js';
import type { ResponsibilityLetter } from './responsibility-letter.entity.js';

/** Departments by id, batched. Reached only through rows already restricted to the scope. */
export const departmentById = (ctx: RequestContext) =>
  ctx.loader(
    'departmentById',
    () =>
      new DataLoader<number, Department | null>(async (ids) => {
        const found = await ctx.em.find(Department, { id: { $in: [...ids] } });
        return ids.map((id) => found.find((d) => d.id === id) ?? null);
      }),
  );

/** Responsibility letters of a page of departments, newest year first. */
export const lettersOf = (ctx: RequestContext) =>
  ctx.loader('lettersByDepartment', () => new DataLoader<number, ResponsibilityLetter[]>((ids) => lettersByDepartment(ctx.em, ids)));
