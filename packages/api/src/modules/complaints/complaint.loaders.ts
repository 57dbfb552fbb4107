import DataLoader from 'dataloader';
import { ComplaintStatus } from '@township/shared';
import { query, sql } from '../../db/sql.js';
import type { RequestContext } from '../../graphql/context.js';
import { User } from '../users/index.js';
import { ComplaintAccountability } from './accountability.entity.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { Complaint } from './complaint.entity.js';
import { complaintsByIds } from './complaint.service.js';
import { overdueSql } from './complaint.sql.js';

/** Grouping of loaded rows under their owner's id, in the order the loader was asked. */
function groupBy<T>(ids: readonly number[], rows: T[], key: (row: T) => number): T[][] {
  const grouped = new Map<number, T[]>();
  for (const row of rows) grouped.set(key(row), [...(grouped.get(key(row)) ?? []), row]);
  return ids.map((id) => grouped.get(id) ?? []);
}

/** Users who own or acted on complaints, batched. A handler's name is not personal data. */
export const handlerById = (ctx: RequestContext) =>
  ctx.loader(
    'complaintHandlerById',
    () =>
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
  ctx.loader(
    'complainantStats',
    () =>
      new DataLoader<number, PersonStats | null>(async (ids) => {
        const rows = await query(
          ctx.em,
          sql<{
            complainant_id: number;
            n: number;
            first: Date;
            last: Date;
            latest_id: number;
            first_id: number;
          }>`select c.complainant_id, count(*)::int as n, min(c.received_at) as first, max(c.received_at) as last,
                (array_agg(c.id order by c.received_at desc, c.id desc))[1] as latest_id, min(c.id) as first_id
           from complaint c join org_unit v on v.id = c.village_id
          where c.complainant_id in (${sql.list(ids)}) and ${sql.scoped(ctx.scope, 'v')}
          group by c.complainant_id`,
        );
        const byId = new Map(
          rows.map((r) => [
            r.complainant_id,
            { count: r.n, firstReceivedAt: new Date(r.first), lastReceivedAt: new Date(r.last), latestId: r.latest_id, firstId: r.first_id },
          ]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );

/** Timelines of complaints the parent already checked against the scope, oldest entry first. */
export const eventsByComplaint = (ctx: RequestContext) =>
  ctx.loader(
    'complaintEvents',
    () =>
      new DataLoader<number, ComplaintEvent[]>(async (ids) => {
        const rows = await ctx.em.find(ComplaintEvent, { complaint: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
        return groupBy(ids, rows, (e) => e.complaint.id);
      }),
  );

export const accountabilityByComplaint = (ctx: RequestContext) =>
  ctx.loader(
    'complaintAccountability',
    () =>
      new DataLoader<number, ComplaintAccountability[]>(async (ids) => {
        const rows = await ctx.em.find(ComplaintAccountability, { complaint: { $in: [...ids] } }, { orderBy: { recordedAt: 'asc', id: 'asc' } });
        return groupBy(ids, rows, (a) => a.complaint.id);
      }),
  );

/** The latest complaints of each village, for a whole page of villages in one statement (row_number per village). */
export const recentByVillage = (ctx: RequestContext, first: number) =>
  ctx.loader(
    `recentComplaints:${first}`,
    () =>
      new DataLoader<number, Complaint[]>(async (ids) => {
        const rows = await query(
          ctx.em,
          sql`select * from (select c.*, row_number() over (partition by c.village_id order by c.received_at desc, c.id desc) as place
                          from complaint c join org_unit v on v.id = c.village_id
                         where c.village_id in (${sql.list(ids)}) and ${sql.scoped(ctx.scope, 'v')}) ranked
          where place <= ${first} order by village_id, place`,
        );
        const complaints = rows.map((row) => ctx.em.map(Complaint, row));
        return ids.map((id) => complaints.filter((c) => c.village.id === id));
      }),
  );

interface VillageCounts {
  open: number;
  overdue: number;
}

/** Open and overdue complaints of a page of villages, inside the scope. */
export const countsByVillage = (ctx: RequestContext) =>
  ctx.loader(
    'villageComplaintCounts',
    () =>
      new DataLoader<number, VillageCounts>(async (ids) => {
        const rows = await query(
          ctx.em,
          sql<{
            village_id: number;
            open: number;
            overdue: number;
          }>`select c.village_id, count(*)::int as open, count(*) filter (where ${sql.raw(overdueSql('c'))})::int as overdue
           from complaint c join org_unit v on v.id = c.village_id
          where c.village_id in (${sql.list(ids)}) and c.status <> ${sql.raw(`'${ComplaintStatus.Closed}'`)} and ${sql.scoped(ctx.scope, 'v')}
          group by c.village_id`,
        );
        const byId = new Map(rows.map((r) => [r.village_id, r]));
        return ids.map((id) => byId.get(id) ?? { open: 0, overdue: 0 });
      }),
  );
