import DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context.js';
import { query, sql } from '../../db/sql.js';
import { ActionItemUpdate, Decision } from './action-item.entity.js';
import { ACTION_ITEM_FROM, ACTION_ITEM_SELECT, toActionItem } from './action-item.sql.js';
import { AgendaItem, AgendaVersion } from './agenda.entity.js';
import { Meeting, MeetingAttendee } from './meeting.entity.js';
import type { ActionItemType } from './meeting.type.js';

/**
 * Batched loaders of a meeting's parts. The parts are reached through meetings or action items
 * already checked against the scope; the by-id loaders check the township path themselves.
 */
function grouped<T>(ctx: RequestContext, key: string, load: (ids: readonly number[]) => Promise<T[]>, owner: (row: T) => number) {
  return ctx.loader(
    key,
    () =>
      new DataLoader<number, T[]>(async (ids) => {
        const rows = await load(ids);
        const byOwner = new Map<number, T[]>();
        for (const row of rows) byOwner.set(owner(row), [...(byOwner.get(owner(row)) ?? []), row]);
        return ids.map((id) => byOwner.get(id) ?? []);
      }),
  );
}

export const agendaByMeeting = (ctx: RequestContext) =>
  grouped(
    ctx,
    'agendaByMeeting',
    (ids) => ctx.em.find(AgendaItem, { meeting: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
    (r) => r.meeting.id,
  );

export const attendeesByMeeting = (ctx: RequestContext) =>
  grouped(
    ctx,
    'attendeesByMeeting',
    (ids) => ctx.em.find(MeetingAttendee, { meeting: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
    (r) => r.meeting.id,
  );

export const decisionsByMeeting = (ctx: RequestContext) =>
  grouped(
    ctx,
    'decisionsByMeeting',
    (ids) => ctx.em.find(Decision, { meeting: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
    (r) => r.meeting.id,
  );

export const versionsByMeeting = (ctx: RequestContext) =>
  grouped(
    ctx,
    'versionsByMeeting',
    (ids) => ctx.em.find(AgendaVersion, { meeting: { $in: [...ids] } }, { orderBy: { version: 'desc' } }),
    (r) => r.meeting.id,
  );

export const updatesByActionItem = (ctx: RequestContext) =>
  grouped(
    ctx,
    'updatesByActionItem',
    (ids) => ctx.em.find(ActionItemUpdate, { actionItem: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }),
    (r) => r.actionItem.id,
  );

export const actionItemsByDecision = (ctx: RequestContext) =>
  grouped(
    ctx,
    'actionItemsByDecision',
    (ids) => actionItemRows(ctx, 'a.decision_id', ids),
    (r) => r.decisionId,
  );

async function actionItemRows(ctx: RequestContext, column: string, ids: readonly number[]): Promise<ActionItemType[]> {
  const rows = await query(
    ctx.em,
    sql`select ${sql.raw(ACTION_ITEM_SELECT)} from ${sql.raw(ACTION_ITEM_FROM)} where ${sql.id(column)} = any(${ids}::int[]) and ${sql.scoped(ctx.scope, 't')} order by a.id`,
  );
  return rows.map(toActionItem);
}

export const actionItemById = (ctx: RequestContext) =>
  ctx.loader(
    'actionItemById',
    () =>
      new DataLoader<number, ActionItemType | null>(async (ids) => {
        const rows = await actionItemRows(ctx, 'a.id', ids);
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
  );

export const meetingById = (ctx: RequestContext) =>
  ctx.loader(
    'meetingById',
    () =>
      new DataLoader<number, Meeting | null>(async (ids) => {
        const rows = await ctx.em.find(Meeting, { id: { $in: [...ids] }, township: ctx.scope.where() });
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
  );

export const decisionById = (ctx: RequestContext) =>
  ctx.loader(
    'decisionById',
    () =>
      new DataLoader<number, Decision | null>(async (ids) => {
        const rows = await ctx.em.find(Decision, { id: { $in: [...ids] }, meeting: { township: ctx.scope.where() } });
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
  );

export const agendaItemById = (ctx: RequestContext) =>
  ctx.loader(
    'agendaItemById',
    () =>
      new DataLoader<number, AgendaItem | null>(async (ids) => {
        const rows = await ctx.em.find(AgendaItem, { id: { $in: [...ids] }, meeting: { township: ctx.scope.where() } });
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
  );
