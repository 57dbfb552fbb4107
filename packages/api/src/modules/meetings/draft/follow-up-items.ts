import { AgendaItemKind, AgendaSection } from '@township/shared';
import { query, sql } from '../../../db/sql.js';
import { ACTION_ITEM_FROM, actionItemSelect, openSql, toActionItem } from '../action-item.sql.js';
import { evidence } from '../evidence.js';
import type { ActionItemType, ProposedAgendaItemType } from '../meeting.type.js';
import type { DraftContext } from './draft-context.js';
import { monthLabel } from './format.js';

const link = (item: ActionItemType) => `/meetings/actions/${item.id}`;

/**
 * Action items of earlier meetings: every open one comes back (one item each, overdue ones marked)
 * until it is closed; those done since the previous meeting are reported in one item. One statement.
 */
export async function followUpItems(ctx: DraftContext): Promise<ProposedAgendaItemType[]> {
  const isOpen = sql.raw(openSql('a'));
  const rows = await query(
    ctx.em,
    sql`select ${sql.raw(actionItemSelect(ctx.asOf ?? undefined))} from ${sql.raw(ACTION_ITEM_FROM)}
      where a.township_id = ${ctx.township.id} and m.month < ${ctx.month}
        and (${isOpen} or (a.status = 'DONE' and a.closed_on >= (
              select coalesce(max(p.held_on), to_date(${ctx.month} || '-01', 'YYYY-MM-DD') - interval '1 month') from meeting p where p.township_id = ${ctx.township.id} and p.month < ${ctx.month})))
      order by ${isOpen} desc, a.deadline, a.id`,
  );
  const items = rows.map(toActionItem);
  const open = items.filter((i) => i.status === 'OPEN' || i.status === 'IN_PROGRESS');
  const done = items.filter((i) => i.status === 'DONE');
  const proposals: ProposedAgendaItemType[] = open.map((item) => ({
    ruleKey: `${AgendaItemKind.ActionItemFollowUp}:${item.id}`,
    section: AgendaSection.Situation,
    kind: AgendaItemKind.ActionItemFollowUp,
    title: `${item.overdue ? '【逾期】' : ''}督办：${item.title}`,
    summary: `${monthLabel(item.meetingMonth)}会议确定，由${item.ownerName}负责，限${item.deadline}完成；目前进度 ${item.progress}%${item.overdue ? `，已逾期 ${item.daysOverdue} 天` : ''}${item.lastComment ? `。最新进展：${item.lastComment}` : ''}。`,
    evidence: [
      evidence('完成进度', { value: item.progress, unit: '%', text: item.lastComment, period: item.meetingMonth, link: link(item) }),
      evidence('完成期限', { text: item.deadline, value: item.overdue ? item.daysOverdue : null, unit: item.overdue ? '天（逾期）' : null, link: link(item) }),
    ],
    proposedDepartmentId: item.ownerDepartmentId,
    actionItemId: item.id,
  }));
  if (done.length) {
    proposals.push({
      ruleKey: AgendaItemKind.ActionItemsDone,
      section: AgendaSection.Situation,
      kind: AgendaItemKind.ActionItemsDone,
      title: `上次会议以来办结事项 ${done.length} 项`,
      summary: done.map((i) => `${i.title}（${i.ownerName}，${i.closedOn}办结${i.lastComment ? `：${i.lastComment}` : ''}）`).join('；'),
      evidence: done.map((i) => evidence(i.title, { value: i.progress, unit: '%', text: `${i.closedOn} 办结`, link: link(i) })),
      proposedDepartmentId: null,
      actionItemId: null,
    });
  }
  return proposals;
}
