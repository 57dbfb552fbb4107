import type { EntityManager } from '@mikro-orm/postgresql';
import {
  actionItemUpdateProblem,
  ActionItemStatus,
  badInput,
  DomainError,
  ErrorCode,
  forbidden,
  notFound,
  OPEN_ACTION_ITEM_STATUSES,
  Role,
} from '@township/shared';
import { page, type PageRequest } from '../../db/page.js';
import { queryOne, sql, type Sql } from '../../db/sql.js';
import type { Scope } from '../../graphql/scope.js';
import type { Viewer } from '../../graphql/viewer.js';
import { audit, snapshot } from '../audit/index.js';
import { ActionItem, ActionItemUpdate } from './action-item.entity.js';
import { ACTION_ITEM_FROM, ACTION_ITEM_ORDER, ACTION_ITEM_SELECT, overdueSql, toActionItem } from './action-item.sql.js';
import type { ActionItemFilter, UpdateActionItemInput } from './meeting.inputs.js';
import type { ActionItemType } from './meeting.type.js';

function actionItemWhere(scope: Scope, filter: ActionItemFilter): Sql {
  const where = [sql.scoped(scope, 't')];
  if (filter.townshipId != null) where.push(sql`a.township_id = ${Number(filter.townshipId)}`);
  if (filter.meetingId != null) where.push(sql`a.meeting_id = ${Number(filter.meetingId)}`);
  if (filter.ownerCadreId != null) where.push(sql`a.owner_cadre_id = ${Number(filter.ownerCadreId)}`);
  if (filter.ownerDepartmentId != null) where.push(sql`a.owner_department_id = ${Number(filter.ownerDepartmentId)}`);
  if (filter.status?.length) where.push(sql`a.status in (${sql.list(filter.status)})`);
  if (filter.overdue != null) where.push(sql.raw(filter.overdue ? overdueSql('a') : `not ${overdueSql('a')}`));
  return sql.and(where);
}

/** Action items of townships in scope, one statement for the page (one more for the count). */
export async function listActionItems(em: EntityManager, scope: Scope, filter: ActionItemFilter, request: PageRequest) {
  return page<Record<string, unknown>, ActionItemType>(
    em,
    request,
    {
      select: sql.raw(ACTION_ITEM_SELECT),
      from: sql.raw(ACTION_ITEM_FROM),
      where: actionItemWhere(scope, filter),
      countFrom: sql`action_item a join org_unit t on t.id = a.township_id`,
      orderBy: sql.raw(ACTION_ITEM_ORDER),
    },
    (rows) => rows.map(toActionItem),
  );
}

export async function getActionItem(em: EntityManager, scope: Scope, id: number): Promise<ActionItemType> {
  const row = await queryOne(em, sql`select ${sql.raw(ACTION_ITEM_SELECT)} from ${sql.raw(ACTION_ITEM_FROM)} where a.id = ${id} and ${sql.scoped(scope, 't')}`);
  if (!row) throw notFound('Action item', id);
  return toActionItem(row);
}

/**
 * A progress report: progress, status, comment, next review; kept as an ActionItemUpdate. Office
 * and leaders report on any item of their townships, department users only on items a department owns.
 */
export async function updateActionItem(em: EntityManager, scope: Scope, viewer: Viewer, id: number, input: UpdateActionItemInput): Promise<ActionItemType> {
  await em.transactional(async (tx) => {
    const item = await tx.findOne(ActionItem, { id, meeting: { township: scope.where() } });
    if (!item) throw notFound('Action item', id);
    if (viewer.role === Role.Department && !item.ownerDepartment)
      throw forbidden('department users report only on action items a department owns', 'departmentOwnedOnly');
    if (input.status === null) throw badInput('input.status', 'status cannot be cleared', 'cannotClear');
    if (input.progress === null) throw badInput('input.progress', 'progress cannot be cleared', 'cannotClear');
    const status =
      input.status ??
      (input.progress === 100
        ? ActionItemStatus.Done
        : item.status === ActionItemStatus.Open && (input.progress ?? 0) > 0
          ? ActionItemStatus.InProgress
          : item.status);
    const progress = input.progress ?? (status === ActionItemStatus.Done ? 100 : item.progress);
    const problem = actionItemUpdateProblem(item.status, { status, progress });
    if (problem) throw new DomainError(ErrorCode.BadUserInput, problem.message, `input.${problem.field}`, problem.refusal);
    const today = new Date().toISOString().slice(0, 10);
    if (input.nextReviewOn && input.nextReviewOn < today)
      throw badInput('input.nextReviewOn', `nextReviewOn ${input.nextReviewOn} is in the past`, 'dateInPast', { date: input.nextReviewOn, today });
    const before = snapshot(item);
    const closes = !OPEN_ACTION_ITEM_STATUSES.includes(status) && OPEN_ACTION_ITEM_STATUSES.includes(item.status);
    item.status = status;
    item.progress = progress;
    if (closes) item.closedOn = new Date().toISOString().slice(0, 10);
    if (input.comment !== undefined) item.lastComment = input.comment;
    if (input.nextReviewOn !== undefined) item.nextReviewOn = input.nextReviewOn;
    tx.persist(tx.create(ActionItemUpdate, { actionItem: item, by: viewer.username, progress, status, comment: input.comment ?? null }));
    audit(tx, viewer, { action: 'updateActionItem', entityType: 'ActionItem', entityId: item.id, before, after: snapshot(item) });
    await tx.flush();
  });
  return getActionItem(em, scope, id);
}
