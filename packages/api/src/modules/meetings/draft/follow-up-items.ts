import { AgendaItemKind, AgendaSection } from '@township/shared';
import { sql } from '../../assessments/index.js';
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
  const rows = await sql(
    ctx.em,
    `select ${actionItemSelect(ctx.asOf ?? undefined)} from ${ACTION_ITEM_FROM}
      where a.township_id = ? and m.month < ?
        and (${openSql('a')} or (a.status = 'DONE' and a.closed_on >= (
              select coalesce(max(p.held_on), to_date(? || '-01', 'YYYY-MM-DD') - interval '1 month') from meeting p where p.township_id = ? and p.month < ?)))
      order by ${openSql('a')} desc, a.deadline, a.id`,
    [ctx.township.id, ctx.month, ctx.month, ctx.township.id, ctx.month],
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
