import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, badInput, currentMonth, MeetingStatus } from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import { parallel } from '../../db/parallel.js';
import { query, sql } from '../../db/sql.js';
import { AgendaItem } from './agenda.entity.js';
import { openSql, overdueSql } from './action-item.sql.js';
import { draftAgenda } from './draft/draft.service.js';
import { Meeting } from './meeting.entity.js';
import type { NextMeetingType, ProposedAgendaItemType } from './meeting.type.js';
import { townshipInScope } from './township-access.js';

/**
 * The township's next meeting for the overview: this month's meeting unless it is minuted (then
 * next month's). Its top items are the saved agenda's first items when the meeting exists, else the
 * live draft's.
 */
export async function nextMeeting(em: EntityManager, scope: Scope, townshipId: number, top: number): Promise<NextMeetingType> {
  if (!Number.isInteger(top) || top < 1 || top > 20) throw badInput('top', `top must be 1 to 20, got ${top}`, 'outOfRange', { min: 1, max: 20 });
  const township = await townshipInScope(em, scope, townshipId);
  const thisMonth = currentMonth();
  const [meetings, [counts]] = await parallel(em, [
    () => em.find(Meeting, { township, month: { $gte: thisMonth } }, { orderBy: { month: 'asc' }, limit: 2 }),
    () =>
      query(
        em,
        sql<{
          open: string;
          overdue: string;
        }>`select count(*) filter (where ${sql.raw(openSql('a'))}) as open, count(*) filter (where ${sql.raw(overdueSql('a'))}) as overdue from action_item a where a.township_id = ${township.id}`,
      ),
  ]);
  const current = meetings.find((m) => m.status !== MeetingStatus.Minuted) ?? null;
  const month = current?.month ?? (meetings.some((m) => m.month === thisMonth) ? addMonths(thisMonth, 1) : thisMonth);
  const topItems = current ? await savedTopItems(em, current, top) : (await draftAgenda(em, township, month)).items.slice(0, top);
  return {
    townshipId: township.id,
    meetingId: current?.id ?? null,
    month,
    topItems,
    openActionItems: Number(counts.open),
    overdueActionItems: Number(counts.overdue),
  };
}

async function savedTopItems(em: EntityManager, meeting: Meeting, top: number): Promise<ProposedAgendaItemType[]> {
  const items = await em.find(AgendaItem, { meeting }, { orderBy: { position: 'asc' }, limit: top });
  return items.map((i) => ({
    ruleKey: i.ruleKey ?? `CUSTOM:${i.id}`,
    section: i.section,
    kind: i.kind,
    title: i.title,
    summary: i.summary ?? '',
    evidence: i.evidence,
    proposedDepartmentId: i.proposedDepartment?.id ?? null,
    actionItemId: i.actionItemId ?? null,
  }));
}
