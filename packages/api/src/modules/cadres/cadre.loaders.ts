import DataLoader from 'dataloader';
import { query, sql } from '../../db/sql.js';
import type { RequestContext } from '../../graphql/context.js';
import { CadreAssignment } from './cadre-assignment.entity.js';
import { Cadre } from './cadre.entity.js';

const CURRENT = sql`a.start_date <= current_date and (a.end_date is null or a.end_date >= current_date)`;

/** Assignments grouped by `a.<key>`, batched, inside the viewer's scope, current ones only if asked. */
function assignmentsBy(ctx: RequestContext, key: 'org_unit_id' | 'cadre_id', currentOnly: boolean) {
  return ctx.loader(
    `assignmentsBy:${key}:${currentOnly}`,
    () =>
      new DataLoader<number, CadreAssignment[]>(async (ids) => {
        const rows = await query(
          ctx.em,
          sql`select a.* from cadre_assignment a join org_unit ou on ou.id = a.org_unit_id
          where a.${sql.id(key)} in (${sql.list(ids)}) and ${sql.scoped(ctx.scope, 'ou')} ${currentOnly ? sql`and ${CURRENT}` : sql.empty}
          order by a.role, a.start_date desc, a.id`,
        );
        const grouped = new Map<number, CadreAssignment[]>();
        for (const row of rows) {
          const owner = Number(row[key]);
          grouped.set(owner, [...(grouped.get(owner) ?? []), ctx.em.map(CadreAssignment, row)]);
        }
        return ids.map((id) => grouped.get(id) ?? []);
      }),
  );
}

export const assignmentsByUnit = (ctx: RequestContext, currentOnly: boolean) => assignmentsBy(ctx, 'org_unit_id', currentOnly);
export const assignmentsByCadre = (ctx: RequestContext, currentOnly: boolean) => assignmentsBy(ctx, 'cadre_id', currentOnly);

/** Cadres by id, batched. Reached only through assignments already restricted to the scope. */
export const cadreById = (ctx: RequestContext) =>
  ctx.loader(
    'cadreById',
    () =>
      new DataLoader<number, Cadre | null>(async (ids) => {
        const cadres = await ctx.em.find(Cadre, { id: { $in: [...ids] } });
        const byId = new Map(cadres.map((c) => [c.id, c]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );

export function isCurrent(assignment: Pick<CadreAssignment, 'startDate' | 'endDate'>, today = new Date().toISOString().slice(0, 10)): boolean {
  return assignment.startDate <= today && (!assignment.endDate || assignment.endDate >= today);
}
