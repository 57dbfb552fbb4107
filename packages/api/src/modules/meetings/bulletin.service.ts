import type { EntityManager } from '@mikro-orm/postgresql';
import { ActionItemStatus, badInput, isMonth } from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import { query, queryOne, sql } from '../../db/sql.js';
import { ACTION_ITEM_FROM, ACTION_ITEM_ORDER, ACTION_ITEM_SELECT, openSql, overdueSql, toActionItem } from './action-item.sql.js';
import type { SupervisionBulletinType } from './meeting.type.js';
import { townshipInScope } from './township-access.js';

/** At most this many items per list of the bulletin (a township's whole year is far fewer). */
const LIST_LIMIT = 200;

/**
 * The supervision bulletin (督查通报) for a township's meeting of `month`: action items decided at
 * meetings up to that month, counted by status, the overdue and open ones, and those done since the
 * previous meeting. Statuses are as of today. Three statements.
 */
export async function supervisionBulletin(em: EntityManager, scope: Scope, townshipId: number, month: string): Promise<SupervisionBulletinType> {
  if (!isMonth(month)) throw badInput('month', `month must look like 2026-11, got ${month}`, 'invalidMonth');
  const township = await townshipInScope(em, scope, townshipId);
  const previous = await queryOne(
    em,
    sql<{ id: number; since: string }>`
    select id, to_char(coalesce(held_on, to_date(month || '-01', 'YYYY-MM-DD')), 'YYYY-MM-DD') as since from meeting
     where township_id = ${township.id} and month < ${month} order by month desc limit 1`,
  );
  const since = previous?.since ?? `${month}-01`;
  const [counts, rows] = await Promise.all([
    query(
      em,
      sql<{ status: ActionItemStatus; n: string; overdue: string }>`
      select a.status, count(*) as n, count(*) filter (where ${sql.raw(overdueSql('a'))}) as overdue
        from action_item a join meeting m on m.id = a.meeting_id where a.township_id = ${township.id} and m.month <= ${month} group by a.status`,
    ),
    query(
      em,
      sql`
      select ${sql.raw(ACTION_ITEM_SELECT)} from ${sql.raw(ACTION_ITEM_FROM)}
       where a.township_id = ${township.id} and m.month <= ${month} and (${sql.raw(openSql('a'))} or (a.status = 'DONE' and a.closed_on >= ${since}::date))
       order by ${sql.raw(ACTION_ITEM_ORDER)} limit ${LIST_LIMIT * 2}`,
    ),
  ]);
  const items = rows.map(toActionItem);
  return {
    townshipId: township.id,
    previousMeetingId: previous ? Number(previous.id) : null,
    month,
    asOf: new Date().toISOString().slice(0, 10),
    counts: Object.values(ActionItemStatus).map((status) => ({ status, count: Number(counts.find((c) => c.status === status)?.n ?? 0) })),
    overdueCount: counts.reduce((sum, c) => sum + Number(c.overdue), 0),
    overdue: items.filter((i) => i.overdue).slice(0, LIST_LIMIT),
    open: items.filter((i) => !i.overdue && i.status !== ActionItemStatus.Done).slice(0, LIST_LIMIT),
    doneSinceLastMeeting: items.filter((i) => i.status === ActionItemStatus.Done).slice(0, LIST_LIMIT),
  };
}
