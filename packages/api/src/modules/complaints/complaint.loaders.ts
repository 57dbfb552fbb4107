import DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context.js';
import { User } from '../users/index.js';
import { ComplaintAccountability } from './accountability.entity.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { Complaint } from './complaint.entity.js';
import { complaintsByIds } from './complaint.service.js';
import { placeholders } from './complaint.sql.js';

/** Grouping of loaded rows under their owner's id, in the order the loader was asked. */
function groupBy<T>(ids: readonly number[], rows: T[], key: (row: T) => number): T[][] {
  const grouped = new Map<number, T[]>();
  for (const row of rows) grouped.set(key(row), [...(grouped.get(key(row)) ?? []), row]);
  return ids.map((id) => grouped.get(id) ?? []);
}

/** Users who own or acted on complaints, batched. A handler's name is not personal data. */
export const handlerById = (ctx: RequestContext) =>
  ctx.loader('complaintHandlerById', () =>
    new DataLoader<number, User | null>(async (ids) => {
      const users = await ctx.em.find(User, { id: { $in: [...ids] } });
      const byId = new Map(users.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );

/** Complaints by id, restricted to the viewer's scope (a reference to one outside it resolves to null). */
export const complaintById = (ctx: RequestContext) =>
  ctx.loader('complaintById', () => new DataLoader<number, Complaint | null>((ids) => complaintsByIds(ctx.em, ctx.scope, ids)));

export interface PersonStats {
  count: number;
  firstReceivedAt: Date;
  lastReceivedAt: Date;
  /** The person's latest complaint in scope: its name (and owner) stand for the file. */
  latestId: number;
  /** The person's first complaint in scope: its id is the file's id for this viewer (see ComplainantType). */
  firstId: number;
}

/** Per person file: how many complaints the viewer can see, when the first and last came, which is latest. One grouped query. */
export const personStats = (ctx: RequestContext) =>
  ctx.loader('complainantStats', () =>
    new DataLoader<number, PersonStats | null>(async (ids) => {
      const [scopeSql, scopeParams] = ctx.scope.sql('v');
      const rows = await ctx.em.execute<{ complainant_id: number; n: number; first: Date; last: Date; latest_id: number; first_id: number }[]>(
        `select c.complainant_id, count(*)::int as n, min(c.received_at) as first, max(c.received_at) as last,
                (array_agg(c.id order by c.received_at desc, c.id desc))[1] as latest_id, min(c.id) as first_id
           from complaint c join org_unit v on v.id = c.village_id
          where c.complainant_id in (${placeholders(ids)}) and ${scopeSql}
          group by c.complainant_id`,
        [...ids, ...scopeParams],
      );
      const byId = new Map(rows.map((r) => [r.complainant_id, { count: r.n, firstReceivedAt: new Date(r.first), lastReceivedAt: new Date(r.last), latestId: r.latest_id, firstId: r.first_id }]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );

/** Timelines of complaints the parent already checked against the scope, oldest entry first. */
export const eventsByComplaint = (ctx: RequestContext) =>
  ctx.loader('complaintEvents', () =>
    new DataLoader<number, ComplaintEvent[]>(async (ids) => {
      const rows = await ctx.em.find(ComplaintEvent, { complaint: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
      return groupBy(ids, rows, (e) => e.complaint.id);
    }),
  );

export const accountabilityByComplaint = (ctx: RequestContext) =>
  ctx.loader('complaintAccountability', () =>
    new DataLoader<number, ComplaintAccountability[]>(async (ids) => {
      const rows = await ctx.em.find(ComplaintAccountability, { complaint: { $in: [...ids] } }, { orderBy: { recordedAt: 'asc', id: 'asc' } });
      return groupBy(ids, rows, (a) => a.complaint.id);
    }),
  );
