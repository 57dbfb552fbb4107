import type { ActionItemStatus } from '@township/shared';
import { OPEN_ACTION_ITEM_STATUSES } from '@township/shared';
import type { ActionItemType } from './meeting.type.js';

const OPEN_SQL = OPEN_ACTION_ITEM_STATUSES.map((s) => `'${s}'`).join(', ');

/** Open (not done, not cancelled) on an `action_item` alias. */
export const openSql = (alias: string) => `${alias}.status in (${OPEN_SQL})`;
/** The day overdue is judged on: today, or a given day (a draft drawn up as of a past meeting). */
function day(asOf?: string): string {
  if (asOf === undefined) return 'current_date';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`asOf must be a date, got ${asOf}`);
  return `date '${asOf}'`;
}

/** Open and past the deadline today (or on `asOf`): the one definition of overdue, computed by the database. */
export const overdueSql = (alias: string, asOf?: string) => `(${openSql(alias)} and ${alias}.deadline < ${day(asOf)})`;

/** Everything an ActionItem needs, from `action_item a` joined to its meeting `m` and owners; overdue as of today or `asOf`. */
export const actionItemSelect = (asOf?: string) => `a.id, a.decision_id, a.meeting_id, a.township_id, a.title, a.owner_cadre_id, a.owner_department_id,
  coalesce(oc.name, od.name) as owner_name, to_char(a.deadline, 'YYYY-MM-DD') as deadline, a.status, a.progress,
  ${overdueSql('a', asOf)} as overdue, case when ${overdueSql('a', asOf)} then ${day(asOf)} - a.deadline else 0 end as days_overdue,
  to_char(a.next_review_on, 'YYYY-MM-DD') as next_review_on, to_char(a.closed_on, 'YYYY-MM-DD') as closed_on, a.last_comment,
  m.month as meeting_month, a.created_at`;

export const ACTION_ITEM_SELECT = actionItemSelect();

export const ACTION_ITEM_FROM = `action_item a join meeting m on m.id = a.meeting_id join org_unit t on t.id = a.township_id
  left join cadre oc on oc.id = a.owner_cadre_id left join department od on od.id = a.owner_department_id`;

/** Overdue first (most overdue first), then open by deadline, then closed ones, newest first. */
export const ACTION_ITEM_ORDER = `${overdueSql('a')} desc, ${openSql('a')} desc, case when ${openSql('a')} then a.deadline end asc, a.closed_on desc nulls last, a.id`;

export function toActionItem(row: Record<string, unknown>): ActionItemType {
  const id = (key: string) => (row[key] == null ? null : Number(row[key]));
  return {
    id: Number(row.id),
    decisionId: Number(row.decision_id),
    meetingId: Number(row.meeting_id),
    townshipId: Number(row.township_id),
    title: String(row.title),
    ownerCadreId: id('owner_cadre_id'),
    ownerDepartmentId: id('owner_department_id'),
    ownerName: String(row.owner_name ?? ''),
    deadline: String(row.deadline),
    status: row.status as ActionItemStatus,
    progress: Number(row.progress),
    overdue: Boolean(row.overdue),
    daysOverdue: Number(row.days_overdue),
    nextReviewOn: (row.next_review_on as string | null) ?? null,
    closedOn: (row.closed_on as string | null) ?? null,
    lastComment: (row.last_comment as string | null) ?? null,
    meetingMonth: String(row.meeting_month),
    createdAt: new Date(row.created_at as string),
  };
}
